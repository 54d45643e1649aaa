import { Injectable, type OnModuleInit } from '@nestjs/common';
import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** Algorithm.Argon2id: the package's const enum cannot be read under isolatedModules. */
const ARGON2ID = 2 satisfies Algorithm.Argon2id;

/**
 * argon2id with OWASP's recommended parameters: 19 MiB of memory, 2 passes,
 * 1 lane, a 16-byte random salt (the package's) and a 32-byte hash. About
 * 10–35 ms per hash on the reference VM, off the event loop.
 */
export const ARGON2_OPTIONS: Readonly<Options> = Object.freeze({ algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 });

/** Hashes and checks passwords; every check costs the same whether or not there is a real hash to check against. */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** A hash of a random password nobody knows, made with the same parameters, for logins that name no account. */
  private dummy: Promise<string> | undefined;

  /** Made at start, so not even the first unknown login takes longer than a wrong password. */
  async onModuleInit(): Promise<void> {
    this.dummy = hash(randomBytes(32), ARGON2_OPTIONS);
    await this.dummy;
  }

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  /** Verifies against the stored hash, or against the dummy when there is none, so both take the same time. */
  async verify(stored: string | null, password: string): Promise<boolean> {
    this.dummy ??= hash(randomBytes(32), ARGON2_OPTIONS);
    const against = stored ?? (await this.dummy);
    const matches = await verify(against, password).catch(() => false);
    return stored !== null && matches;
  }

  /** True when a hash was made with other parameters than today's: it is replaced at the next successful sign-in. */
  isOutdated(stored: string): boolean {
    try {
      const used = parseOptions(stored);
      return used.algorithm !== ARGON2ID || used.memoryCost !== ARGON2_OPTIONS.memoryCost || used.timeCost !== ARGON2_OPTIONS.timeCost || used.parallelism !== ARGON2_OPTIONS.parallelism || used.outputLen !== ARGON2_OPTIONS.outputLen;
    } catch {
      return true;
    }
  }
}
