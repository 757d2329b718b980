// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The words of the checker's reasons that no element catalog has: what an estimate is "for", why a
// figure was not checked, what the story's cluster is assumed to be. The verdict sentences
// themselves ("The claim … is about 1,000 times too high: …") come from the catalogs, as on the
// elements. Numbers arrive formatted for the language.

import { countNoun } from '../core/messages/index.js';
import type { FindingKind } from './find.js';

export interface Phrases {
  /** "34,300 average homes in the United States" (`region`: the catalog's name, as it follows "in"). */
  readonly homes: (n: string, region: string) => string;
  /** Joins an estimate to what it was computed from: "… for over 100,000 H100 GPUs". */
  readonly for: string;
  /** Joins a training's work to its cluster: "3.8e25 FLOP on 16,000 H100". */
  readonly on: string;
  readonly perYear: (energy: string) => string;
  readonly days: (n: string) => string;
  readonly inDays: (energy: string, days: string) => string;
  readonly draw: (power: string) => string;
  readonly tonnes: (t: string) => string;
  readonly usGrid: string;
  readonly gpuHours: (n: string) => string;
  readonly formula: (flop: string) => string;
  readonly sourcedPrice: (gpu: string, version: string) => string;
  readonly forOne: (money: string, gpu: string) => string;
  readonly scope: Readonly<Record<'chips' | 'servers' | 'cluster', string>>;
  readonly reportedClusters: (version: string) => string;
  readonly storyCluster: string;
  readonly noAccelerator: (gpu: string) => string;
  readonly implied: (share: number) => string;
  readonly impliedOver: (share: number) => string;
  readonly unchecked: Readonly<Partial<Record<FindingKind, string>>> & { readonly other: string };
}

const en: Phrases = {
  homes: (n, region) => `${n} average homes in ${region}`,
  for: 'for',
  on: 'on',
  perYear: (e) => `${e} a year`,
  days: (n) => `${n} days`,
  inDays: (e, d) => `${e} in ${d}`,
  draw: (p) => `an average draw of ${p}`,
  tonnes: (t) => `${t} tonnes of CO2`,
  usGrid: 'on the average US grid',
  gpuHours: (n) => `${n} GPU-hours`,
  formula: (f) => `6 × parameters × tokens = ${f} FLOP`,
  sourcedPrice: (gpu, v) => `the sourced price of one ${gpu} (figures as of ${v})`,
  forOne: (m, gpu) => `${m} for one ${gpu}`,
  scope: { chips: 'the chips', servers: 'the servers', cluster: 'the whole cluster (servers, network and storage)' },
  reportedClusters: (v) => `the reported clusters (figures as of ${v})`,
  storyCluster: 'The story’s cluster',
  noAccelerator: (gpu) => `The story names no accelerator, so the GPUs are taken to be ${gpu}.`,
  implied: (s) => `Counted at the chips alone, that implies they draw about ${s}% of their rated power on average.`,
  impliedOver: (s) => `Counted at the chips alone, that would need ${s}% of their rated power, more than the chips can draw.`,
  unchecked: {
    gpus: 'A cluster size: the other figures about this cluster are checked against it.',
    params: 'A model size: with its training tokens (or parameters) it gives the training compute.',
    tokens: 'A model size: with its training tokens (or parameters) it gives the training compute.',
    compute: 'Training compute: with a GPU count it gives the training time.',
    money: 'Not checked: no GPU count in the same sentence or paragraph says what this money buys, or it is not a purchase.',
    duration: 'Not checked: a training time needs the compute and the GPU count nearby.',
    'cluster-rank': 'Not checked: no GPU count nearby says which cluster this is.',
    other: 'Not checked: nothing in the same sentence or paragraph (or about the same cluster) to check it against.',
  },
};

const de: Phrases = {
  homes: (n, region) => `${n} Haushalte in ${region}`,
  for: 'für',
  on: 'auf',
  perYear: (e) => `${e} pro Jahr`,
  days: (n) => `${n} Tage`,
  inDays: (e, d) => `${e} in ${d.replace(/Tage$/, 'Tagen')}`,
  draw: (p) => `eine mittlere Leistung von ${p}`,
  tonnes: (t) => `${t} Tonnen CO2`,
  usGrid: 'beim durchschnittlichen Strommix der USA',
  gpuHours: (n) => `${n} GPU-Stunden`,
  formula: (f) => `6 × Parameter × Tokens = ${f} FLOP`,
  sourcedPrice: (gpu, v) => `den belegten Preis einer ${gpu} (Datenstand ${v})`,
  forOne: (m, gpu) => `${m} für eine ${gpu}`,
  scope: { chips: 'die Chips von', servers: 'die Server von', cluster: 'den ganzen Cluster (Server, Netzwerk und Speicher) von' },
  reportedClusters: (v) => `die bekannten Cluster (Datenstand ${v})`,
  storyCluster: 'Der Cluster des Artikels',
  noAccelerator: (gpu) => `Der Artikel nennt keinen Beschleunigertyp; angenommen werden GPUs vom Typ ${gpu}.`,
  implied: (s) => `Allein für die Chips gerechnet, laufen sie damit im Schnitt mit etwa ${s} % ihrer Nennleistung.`,
  impliedOver: (s) => `Allein für die Chips gerechnet, bräuchte das ${s} % ihrer Nennleistung – mehr, als die Chips aufnehmen können.`,
  unchecked: {
    gpus: 'Eine Clustergröße: Die anderen Zahlen zu diesem Cluster werden an ihr geprüft.',
    params: 'Eine Modellgröße: Mit den Trainingstokens (oder Parametern) ergibt sie den Rechenaufwand des Trainings.',
    tokens: 'Eine Modellgröße: Mit den Parametern (oder Trainingstokens) ergibt sie den Rechenaufwand des Trainings.',
    compute: 'Rechenaufwand eines Trainings: Mit einer GPU-Zahl ergibt er die Trainingsdauer.',
    money: 'Nicht geprüft: Keine GPU-Zahl im selben Satz oder Absatz zeigt, was mit diesem Geld gekauft wird – oder es geht um keinen Kauf.',
    duration: 'Nicht geprüft: Für eine Trainingsdauer müssen Rechenaufwand und GPU-Zahl in der Nähe stehen.',
    'cluster-rank': 'Nicht geprüft: Keine GPU-Zahl in der Nähe sagt, um welchen Cluster es geht.',
    other: 'Nicht geprüft: Im selben Satz oder Absatz (oder zum selben Cluster) steht nichts, woran sich die Zahl prüfen ließe.',
  },
};

const fr: Phrases = {
  // The catalog's region names carry their preposition: "aux États-Unis".
  homes: (n, region) => `${countNoun('fr', n, 'foyers')} ${region}`,
  for: 'pour',
  on: 'sur',
  perYear: (e) => `${e} par an`,
  days: (n) => `${n} jours`,
  inDays: (e, d) => `${e} en ${d}`,
  draw: (p) => `une puissance moyenne de ${p}`,
  tonnes: (t) => `${countNoun('fr', t, 'tonnes')} de CO2`,
  usGrid: 'avec le mix électrique moyen des États-Unis',
  gpuHours: (n) => `${countNoun('fr', n, 'heures-GPU')}`,
  formula: (f) => `6 × paramètres × tokens = ${f} FLOP`,
  sourcedPrice: (gpu, v) => `le prix sourcé d’un ${gpu} (données de ${v})`,
  forOne: (m, gpu) => `${m} pour un ${gpu}`,
  scope: { chips: 'les puces de', servers: 'les serveurs de', cluster: 'tout le cluster (serveurs, réseau et stockage) de' },
  reportedClusters: (v) => `les clusters connus (données de ${v})`,
  storyCluster: 'Le cluster de l’article',
  noAccelerator: (gpu) => `L’article ne nomme aucun accélérateur ; on suppose des GPU ${gpu}.`,
  implied: (s) => `En ne comptant que les puces, cela suppose qu’elles consomment en moyenne environ ${s} % de leur puissance nominale.`,
  impliedOver: (s) => `En ne comptant que les puces, il faudrait ${s} % de leur puissance nominale, plus que ce que les puces peuvent consommer.`,
  unchecked: {
    gpus: 'Une taille de cluster : les autres chiffres sur ce cluster sont vérifiés à partir d’elle.',
    params: 'Une taille de modèle : avec ses tokens d’entraînement (ou ses paramètres), elle donne le calcul d’entraînement.',
    tokens: 'Une taille de modèle : avec ses paramètres (ou ses tokens d’entraînement), elle donne le calcul d’entraînement.',
    compute: 'Un calcul d’entraînement : avec un nombre de GPU, il donne la durée d’entraînement.',
    money: 'Non vérifié : aucun nombre de GPU dans la même phrase ou le même paragraphe ne précise ce qu’achète cette somme, ou il ne s’agit pas d’un achat.',
    duration: 'Non vérifié : une durée d’entraînement ne se vérifie qu’avec le calcul et le nombre de GPU à proximité.',
    'cluster-rank': 'Non vérifié : aucun nombre de GPU à proximité ne dit de quel cluster il s’agit.',
    other: 'Non vérifié : rien dans la même phrase ou le même paragraphe (ni sur le même cluster) ne permet de le vérifier.',
  },
};

const es: Phrases = {
  homes: (n, region) => `${countNoun('es', n, 'hogares')} en ${region}`,
  for: 'para',
  on: 'en',
  perYear: (e) => `${e} al año`,
  days: (n) => `${n} días`,
  inDays: (e, d) => `${e} en ${d}`,
  draw: (p) => `una potencia media de ${p}`,
  tonnes: (t) => `${countNoun('es', t, 'toneladas')} de CO2`,
  usGrid: 'con el mix eléctrico medio de Estados Unidos',
  gpuHours: (n) => `${countNoun('es', n, 'horas')} de GPU`,
  formula: (f) => `6 × parámetros × tokens = ${f} FLOP`,
  sourcedPrice: (gpu, v) => `el precio documentado de una ${gpu} (datos de ${v})`,
  forOne: (m, gpu) => `${m} por una ${gpu}`,
  scope: { chips: 'los chips de', servers: 'los servidores de', cluster: 'todo el clúster (servidores, red y almacenamiento) de' },
  reportedClusters: (v) => `los clústeres conocidos (datos de ${v})`,
  storyCluster: 'El clúster de la noticia',
  noAccelerator: (gpu) => `La noticia no nombra ningún acelerador; se supone que las GPU son ${gpu}.`,
  implied: (s) => `Contando solo los chips, eso supone que consumen de media en torno al ${s} % de su potencia nominal.`,
  impliedOver: (s) => `Contando solo los chips, haría falta el ${s} % de su potencia nominal, más de lo que los chips pueden consumir.`,
  unchecked: {
    gpus: 'Un tamaño de clúster: las demás cifras sobre este clúster se comprueban con él.',
    params: 'Un tamaño de modelo: con sus tokens de entrenamiento (o sus parámetros) da el cómputo de entrenamiento.',
    tokens: 'Un tamaño de modelo: con sus parámetros (o sus tokens de entrenamiento) da el cómputo de entrenamiento.',
    compute: 'Cómputo de entrenamiento: con un número de GPU da el tiempo de entrenamiento.',
    money: 'Sin comprobar: ningún número de GPU en la misma frase o párrafo indica qué se compra con este dinero, o no se trata de una compra.',
    duration: 'Sin comprobar: un tiempo de entrenamiento solo se comprueba con el cómputo y el número de GPU cerca.',
    'cluster-rank': 'Sin comprobar: ningún número de GPU cercano dice de qué clúster se trata.',
    other: 'Sin comprobar: nada en la misma frase o párrafo (ni sobre el mismo clúster) permite comprobarla.',
  },
};

const PHRASES: Readonly<Record<string, Phrases>> = { en, de, fr, es };

/** The checker's own words in `lang` (`en` for any other). */
export const phrasesFor = (lang: string | undefined): Phrases => PHRASES[lang ?? 'en'] ?? en;
