export interface WarnLogger {
  warn(obj: object, msg: string): void;
}

/**
 * Warnings written once per key for the life of the returned function (one engine): a missing
 * optional component deserves one log line, not one per page.
 */
export function onceWarnings(
  logger: WarnLogger | undefined,
): (key: string, obj: object, msg: string) => void {
  const seen = new Set<string>();
  return (key, obj, msg) => {
    if (seen.has(key)) return;
    seen.add(key);
    logger?.warn(obj, msg);
  };
}
