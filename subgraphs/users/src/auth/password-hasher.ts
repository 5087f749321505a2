import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. `2` is Algorithm.Argon2id, a const enum
 * that isolated modules cannot read.
 */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password; with no hash, spends the same time and answers false. */
  verify(passwordHash: string | null, password: string): Promise<boolean>;
}

export function createPasswordHasher(): PasswordHasher {
  // Verifying against a throwaway hash for unknown accounts keeps their timing like known ones'.
  const decoy = hash('decoy password, never matches', OPTIONS);
  return {
    hash: (password) => hash(password, OPTIONS),
    async verify(passwordHash, password) {
      if (passwordHash === null) {
        await verify(await decoy, password);
        return false;
      }
      return verify(passwordHash, password);
    },
  };
}
