import { describe, expect, it } from 'vitest';
import { chromiumExecutable, DEBIAN_CHROMIUM, launchChromium } from '../e2e/chromium.ts';

/** Which Chromium the e2e tests and the benchmark start, and what a failure says to do. */
const only =
  (...paths: string[]) =>
  (file: string) =>
    paths.includes(file);

describe('chromiumExecutable', () => {
  it('takes CHROMIUM_PATH first', () => {
    expect(chromiumExecutable({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', DEBIAN_CHROMIUM))).toBe(
      '/opt/chrome/chrome',
    );
  });

  it("falls back to Debian's chromium, then to playwright-core's own browser", () => {
    expect(chromiumExecutable({}, only(DEBIAN_CHROMIUM))).toBe(DEBIAN_CHROMIUM);
    expect(chromiumExecutable({ CHROMIUM_PATH: ' ' }, only(DEBIAN_CHROMIUM))).toBe(DEBIAN_CHROMIUM);
    expect(chromiumExecutable({}, only())).toBeUndefined();
  });

  it('refuses a CHROMIUM_PATH that does not exist, saying what to set', () => {
    expect(() => chromiumExecutable({ CHROMIUM_PATH: '/nowhere/chromium' }, only(DEBIAN_CHROMIUM))).toThrow(
      /CHROMIUM_PATH is \/nowhere\/chromium, but no such file exists\. Set CHROMIUM_PATH to a Chromium or Chrome executable/,
    );
  });

  it('turns a failed launch into one sentence naming the executable and the fix', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/bin/false'; // exists, but is no browser
    try {
      await expect(launchChromium({ timeout: 5_000 })).rejects.toThrow(
        /^Could not start Chromium \(\/bin\/false\): .*\nSet CHROMIUM_PATH to/,
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
