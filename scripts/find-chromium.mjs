// Finds a Chromium for the browser tests and the benchmarks: CHROME_PATH if set, else Debian's
// /usr/bin/chromium (or other usual places), else installs Debian's package when running as root on
// Debian, else explains how to get one. Browser downloads (playwright install) do not work everywhere,
// so we never rely on them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (install && isRoot() && isDebian()) {
    console.error('[tests] No Chromium found: installing Debian\'s chromium package (about a minute)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'The browser tests need Chromium or Chrome, and none was found.\n' +
      '  • Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  • macOS: install Google Chrome, then export CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"\n' +
      '  • Anywhere: set CHROME_PATH to the browser executable.',
  );
}

/** Flags for a headless Chromium on a locked-down machine (root needs --no-sandbox; no background calls home). */
export function chromiumArgs() {
  return [
    ...(isRoot() ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function isDebian() {
  try {
    return /debian|ubuntu/i.test(readFileSync('/etc/os-release', 'utf8')) && existsSync('/usr/bin/apt-get');
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
