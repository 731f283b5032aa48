import { sdkBenchmarks } from './sdk.js';

declare global {
  interface Window {
    benchResults?: unknown;
    benchError?: string;
  }
}

try {
  window.benchResults = { sdk: sdkBenchmarks() };
} catch (error) {
  window.benchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
}
