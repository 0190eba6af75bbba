/**
 * The part of `negotiator` 1.x this project uses. The package ships no types, and @types/negotiator
 * describes 0.6, whose `encodings` has no `preferred` option (needed to break q ties in our favour).
 */
declare module 'negotiator' {
  class Negotiator {
    constructor(request: { headers: Readonly<Record<string, string | undefined>> });
    /** The offered encodings the request accepts (q > 0), best first; ties go by `preferred`, then header order. */
    encodings<T extends string>(available: readonly T[], options?: { preferred?: readonly string[] }): T[];
  }
  export = Negotiator;
}
