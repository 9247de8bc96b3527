/** A mistake in how the command was called: printed without a stack, exit code 2. */
export class UsageError extends Error {
  constructor(readonly key: string, readonly params: Record<string, string | number> = {}) { super(key); }
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
