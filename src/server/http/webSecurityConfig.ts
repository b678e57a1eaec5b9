import { z } from 'zod';
import { originKey, parseAuthority } from './hostNames.ts';
import type { Authority } from './hostNames.ts';

const items = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** ALLOWED_HOSTS: `name` (any port) or `name:port`, comma separated. */
export const allowedHostsSchema = z
  .string()
  .optional()
  .transform((v, ctx): Authority[] =>
    items(v).flatMap((item) => {
      const parsed = parseAuthority(item);
      if (!parsed) ctx.addIssue({ code: 'custom', message: `"${item}" is not a host name[:port]` });
      return parsed ? [parsed] : [];
    }),
  );

/** CORS_ORIGINS: exact origins (`https://tool.example`, `http://localhost:3000`); no wildcard. */
export const corsOriginsSchema = z
  .string()
  .optional()
  .transform((v, ctx): string[] =>
    items(v).flatMap((item) => {
      const origin = originKey(item);
      if (!origin)
        ctx.addIssue({
          code: 'custom',
          message: `"${item}" is not an http(s) origin like https://x.example`,
        });
      return origin ? [origin] : [];
    }),
  );
