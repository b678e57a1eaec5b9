/**
 * The kind tag a session file starts with: its own module, so recognising a session (on every
 * file opened) does not bring the session schema along (that loads with the session's opening).
 */
export const SESSION_KIND = 'ocr-inspector-session';
