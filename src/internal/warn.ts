// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

const seen = new Set<string>();

/**
 * Logs a console warning once per distinct code and message: an author who mistypes an attribute
 * on a page with thirty widgets should see one line, not thirty.
 */
export function warnOnce(code: string, message: string): void {
  const key = `${code}\u0000${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`compute-calc [${code}]: ${message}`);
}
