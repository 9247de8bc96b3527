/** The rubric model: what a rubric YAML file holds once loaded and checked. Pure data. */

export type Lang = "vi" | "en";
export type Text = { vi: string; en: string };

export type Fidelity = "official" | "adapted" | "illustrative";
export type NaPolicy = "rescale" | "full" | "zero" | "forbidden";
export type ZeroDenominator = "not_applicable" | "full" | "zero" | "invalid";
export type Aggregation = "sum" | "weighted_mean" | "geometric_mean";

export interface LegalBasis {
  number: string;
  date: string;
  issuer?: Text;
  title?: Text;
  url?: string;
}

/** A source's note: plain (one language, as other provinces' rubrics write it) or a text in both. */
export type Note = string | Text;

export interface Provenance {
  fidelity: Fidelity;
  sources: { title: string; url?: string; note?: Note }[];
  note?: Text;
}

/** A note in the language asked for; a plain one is the same in every language. */
export function noteIn(note: Note, lang: Lang): string {
  return typeof note === "string" ? note : note[lang];
}

export interface AgencyType { id: string; label: Text }
export interface Cohort { id: string; label: Text; agency_types?: string[] }

export interface Option { id: string; label: Text; points?: number; fraction?: number }

export type Input =
  | { type: "boolean" }
  | { type: "number"; unit?: Text; min?: number; max?: number; integer?: boolean }
  | { type: "percent" }
  | { type: "fraction"; numerator: Text; denominator: Text; unit?: Text; zero_denominator?: ZeroDenominator; /** a and b are counts (documents, officials): whole numbers. */ integer?: boolean }
  | { type: "count"; unit?: Text; max?: number }
  | { type: "choice"; options: Option[] }
  | { type: "checklist"; options: Option[] }
  | { type: "level"; min?: number; max: number; labels?: Text[] }
  | { type: "date"; min?: string; max?: string }
  | { type: "text"; min_length?: number; max_length?: number }
  | { type: "parts"; fields: Field[] };

export type SimpleInput = Exclude<Input, { type: "parts" }>;
export interface Field { id: string; label: Text; input: SimpleInput }

export interface Step { min: number; points?: number; fraction?: number }

/** A scoring rule applied to one value; `max` is the points of the enclosing indicator or term. */
export type Rule =
  | { type: "fixed"; points?: number }
  | { type: "ratio" }
  | { type: "target"; target: number }
  | { type: "bands"; steps: Step[]; else?: number }
  | { type: "piecewise"; points: [number, number][] }
  | { type: "choice" }
  | { type: "checklist"; cap?: number }
  | { type: "per_unit"; points: number; cap?: number }
  | { type: "deadline"; by: string; late_points?: number }
  | { type: "sum"; parts: Term[]; cap?: number }
  | { type: "best_of"; cases: Term[] }
  | { type: "relative_to_best" }
  | { type: "min_max"; lower_is_better?: boolean };

/** A part of a composite rule: a rule applied to one field of a `parts` input, worth `max` points. */
export interface Term { field?: string; max?: number; rule: Rule }

export interface Evidence {
  required?: boolean;
  min?: number;
  fields?: ("number" | "date" | "title" | "link")[];
  /** An answer claiming points without its evidence: the file is invalid (the default), or it is scored and earns nothing there. */
  when_missing?: "invalid" | "no_points";
}

export interface Indicator {
  kind: "indicator";
  code: string;
  title: Text;
  guidance?: Text;
  max: number;
  info_only?: boolean;
  weight?: number;
  applies_to?: string[];
  input: Input;
  rule?: Rule;
  na?: NaPolicy;
  evidence?: Evidence;
  source?: Text;
  verifier?: Text;
}

export interface Heading { kind: "heading"; code?: string; heading: Text }

export interface Group {
  kind: "group";
  code: string;
  title: Text;
  description?: Text;
  max: number;
  aggregate?: Aggregation;
  weight?: number;
  cap?: number;
  floor?: number;
  applies_to?: string[];
  items: Item[];
}

export type Item = Group | Indicator | Heading;

export interface BandLevel { id: string; min: number; label: Text }
export interface BandSet { basis: "percent" | "points"; levels: BandLevel[] }
export interface Bands extends BandSet { by_agency_type?: (BandSet & { agency_types: string[] })[] }

export interface Adjustment { cap: number; items: Indicator[] }

export interface Aggregate { id: string; title: Text; include: string[] }

/** A lint warning kept on purpose: its rule, the node it is about (none: the rubric's own texts and keys), and why. */
export interface LintAcceptance { rule: string; code?: string; reason: string }

export interface Rubric {
  id: string;
  version: string;
  title: Text;
  issuer: Text;
  legal_basis: LegalBasis[];
  period: string;
  scale: number;
  rounding: { decimals: number };
  languages: Lang[];
  provenance: Provenance;
  agency_types: AgencyType[];
  cohorts?: Cohort[];
  defaults?: { na?: NaPolicy };
  groups: Group[];
  aggregate?: Aggregation;
  aggregates?: Aggregate[];
  bonus?: Adjustment;
  penalty?: Adjustment;
  bands: Bands;
  lint?: { accept?: LintAcceptance[] };
}
