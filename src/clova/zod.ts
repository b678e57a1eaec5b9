import { z } from 'zod';

// zod 4 compiles object schemas with new Function when it can, and finds out by trying once, as
// each object schema is built. Under the relay's Content-Security-Policy (no 'unsafe-eval') that
// try is a reported violation, and schemas are built as their modules load, so the setting must
// come before the first one: every schema module of the app, model and contract imports z from
// here. The interpreted path is fast enough for these schemas, on the relay too.
z.config({ jitless: true });

export { z };
