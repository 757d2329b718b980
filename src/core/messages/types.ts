// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

/** A message: plain text with `{placeholders}`, or plural forms selected by the `count` parameter. */
export type Message = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** Every reader-facing text of one language, by key. */
export type Catalog = Readonly<Record<string, Message>>;
