import { calendarBenchmarks } from './calendar.js';
import { sdkBenchmarks } from './sdk.js';

declare global {
  interface Window {
    benchResults?: unknown;
    benchError?: string;
  }
}

try {
  const sdk = sdkBenchmarks();
  window.benchResults = { sdk, calendar: await calendarBenchmarks() };
} catch (error) {
  window.benchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
}
