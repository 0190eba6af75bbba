import { existsSync } from 'node:fs';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

/**
 * The one place that decides which Chromium the e2e tests and the benchmark drive: CHROMIUM_PATH when set,
 * else Debian's /usr/bin/chromium when it exists, else whatever browser playwright-core has installed itself.
 * A failed launch says what to set instead of playwright's advice to download its own browsers.
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const HOW_TO_FIX = `Set CHROMIUM_PATH to a Chromium or Chrome executable, or install Debian's (apt-get install chromium, which provides ${DEBIAN_CHROMIUM}).`;

export function chromiumExecutable(
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): string | undefined {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) {
    if (!exists(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, but no such file exists. ${HOW_TO_FIX}`);
    return chosen;
  }
  return exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

export async function launchChromium(options: Omit<LaunchOptions, 'executablePath'> = {}): Promise<Browser> {
  const executablePath = chromiumExecutable();
  try {
    return await chromium.launch({ ...options, executablePath });
  } catch (error) {
    const which = executablePath ?? "playwright-core's own browser (none installed?)";
    throw new Error(`Could not start Chromium (${which}): ${(error as Error).message.split('\n')[0]}\n${HOW_TO_FIX}`, { cause: error });
  }
}
