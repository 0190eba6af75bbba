/** What a check that must refuse its input threw: its GraphQL error code and message; fails when nothing was thrown. */
export function refusal(fn: () => unknown): { code: string | undefined; message: string } {
  try {
    fn();
  } catch (error) {
    return { code: (error as { extensions?: { code?: string } }).extensions?.code, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}
