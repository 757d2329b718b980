// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import type { Issue } from '../core/issues.js';

/**
 * The locale an element speaks: its `locale` attribute, else the nearest `lang`, else the
 * browser's. An invalid `locale` is reported and English used.
 */
export function resolveLocale(host: Element, locale: string | undefined, issues: Issue[]): string {
  const wanted = locale?.trim() || host.closest('[lang]')?.getAttribute('lang') || (typeof navigator !== 'undefined' ? navigator.language : '') || 'en';
  try {
    return Intl.getCanonicalLocales(wanted)[0] ?? 'en';
  } catch {
    if (locale) issues.push({ field: 'locale', value: locale, code: 'invalid', expected: 'expect.oneOf', params: { list: 'en, en-GB, de, fr, es, …' } });
    return 'en';
  }
}
