import { z } from 'zod';

// zod compiles object schemas with new Function when it can, and finds out by trying once: under
// the relay's Content-Security-Policy (no 'unsafe-eval') that try is a reported violation. The
// app's schemas are small; the interpreted path is fast enough and asks nothing of the policy.
z.config({ jitless: true });
