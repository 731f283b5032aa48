// Peak resident memory of the calling process, for the feeds benchmark's children.
import { readFileSync } from 'node:fs';

/**
 * Bytes. On Linux: VmHWM, the high-water mark of this program's own memory. getrusage's maxRSS
 * (process.resourceUsage().maxRSS) is not that: the kernel keeps the high-water mark of the memory a
 * child had before exec, a copy of its parent's, so a child of a 370 MB bench process reports at least
 * 370 MB. Elsewhere (no /proc), maxRSS.
 */
export function peakRssBytes() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // No /proc: not Linux.
  }
  return process.resourceUsage().maxRSS * 1024;
}
