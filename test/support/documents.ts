// The generators live with the relay's samples (src/server/samples); tests import them from here too.
export * from '../../src/server/samples/documents.ts';
