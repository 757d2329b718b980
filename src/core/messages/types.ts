// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import type { enAll } from './en-all.js';
import type { enInference } from './en-inference.js';

/** A message: plain text with `{placeholders}`, or plural forms selected by the `count` parameter. */
export type Message = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** Every key of the English catalog: the only keys code may ask for and a translation must have. */
export type MessageKey = keyof typeof enAll;

/** Some reader-facing texts of one language, by key (an element's English words). */
export type Catalog = Readonly<Partial<Record<MessageKey, Message>>>;

/**
 * A complete translation: every key of the English catalog, and no other, so a missing or
 * misspelled key fails the type check. `region.<id>` keys name regions the way the catalog's
 * sentences need them; a region without one keeps its English name.
 */
export type LocaleCatalog = Readonly<Record<Exclude<MessageKey, PartKey>, Message>> & Readonly<Partial<Record<PartKey, Message>>>
  & Readonly<Partial<Record<`region.${string}`, string>>>;

/**
 * Keys whose translations are not in a language's catalog but in a part of it that only their
 * element fetches (locales/<lang>-inference-energy.js), so that the catalogs every page loads stay small.
 */
export type PartKey = keyof typeof enInference;

/** A complete translation of a part: every one of its keys. */
export type PartCatalog = Readonly<Record<PartKey, Message>>;

/** Messages by any key: the shape of the English files the key type is read from. */
export type Messages = Readonly<Record<string, Message>>;
