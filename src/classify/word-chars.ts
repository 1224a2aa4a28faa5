/** Character classes for the fast vectoriser; beyond ASCII it asks `isWordPoint` (core). */

/** ASCII classes: 0 not a word character, 1 digit, 2 lower-case letter, 3 upper-case letter. */
export const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 2;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 3;
