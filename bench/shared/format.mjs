// The units the bench's tables print, written the same way in every table.

/** A duration, to a tenth of a millisecond. */
export const ms = (value) => `${value.toFixed(1)} ms`;

/** A size in binary megabytes, to one decimal. */
export const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
