// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

/**
 * Copies `text`; resolves true when the clipboard took it. Clipboard access can be refused
 * (permissions, an insecure page): then `fallback`'s text is selected instead, so the reader can
 * copy it by hand.
 */
export async function copyText(text: string, fallback: Element | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const selection = window.getSelection();
    if (fallback && selection) selection.selectAllChildren(fallback);
    return false;
  }
}
