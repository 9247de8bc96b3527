import type { BatchInput } from "../../batch/score-files.js";
import { plainSourceMap, Unsure } from "../../load/fast-source-map.js";
import type { LoadedRubric } from "../../load/load-rubric.js";
import type { Location, SourceMap } from "../../load/locate.js";
import { parseYaml } from "../../load/parse-yaml.js";
import { readText } from "../../load/read.js";
import { nodes } from "../tree.js";
import type { ItemChange } from "./diff.js";

interface Place { line: number; col: number }

/**
 * Where the CI formats point: an agency at its id in its corpus file, a change at its group, indicator or
 * setting in the new rubric. Looked up only for what is reported: github reads a corpus file again only for an
 * agency it annotates (over budget, or scored under one version); junit, whose every agency is a case, reads each.
 */
export interface ImpactPlaces {
  /** An agency's id in its file (the file as the report shows it); line 1 where it cannot be found. */
  agency(file: string): Place;
  /** A group or indicator of the new rubric by its code; undefined where the new rubric has none. */
  item(code: string): Place | undefined;
  /** A setting of the new rubric by its diff field (`bonus.cap`: bonus, cap), or the nearest key it is under. */
  setting(field: string): Place | undefined;
}

/** Where a change is in the new rubric; a removed item at the group it was in (bonus, penalty), where the new rubric still has it. */
export function changePlace(c: ItemChange, places: ImpactPlaces): Place | undefined {
  if (c.change !== "removed") return places.item(c.node.code);
  const parent = c.node.parent;
  return places.item(parent) ?? (parent === "bonus" || parent === "penalty" ? places.setting(parent) : undefined);
}

const FIRST_LINE: Place = { line: 1, col: 1 };

/** `inputs`: the corpus as read; `show`: how the report shows a file (the key `agency` is asked by). */
export function impactPlaces(rubric: LoadedRubric, inputs: readonly BatchInput[], show: (file: string) => string): ImpactPlaces {
  const byShown = new Map(inputs.map((i) => [show(i.file), i]));
  // The new rubric is parsed once, with `yaml`, for all its changes.
  let rubricMap: SourceMap | null | undefined;
  const rubricAt = (path: string[]): Place | undefined => {
    if (rubricMap === undefined) { const text = textOf(rubric.file); rubricMap = (text !== undefined && yamlMap(text)) || null; }
    return rubricMap ? placeOf(rubricMap.locate(path)) : undefined;
  };
  let paths: Map<string, string[]> | undefined;
  return {
    agency: (file) => {
      const input = byShown.get(file);
      const text = input && (input.text ?? textOf(input.file));
      return (text !== undefined && agencyIdIn(text)) || FIRST_LINE;
    },
    item: (code) => {
      paths ??= new Map(nodes(rubric.rubric).map((n) => [n.node.code, n.path]));
      const path = paths.get(code);
      return path ? rubricAt(path) : undefined;
    },
    setting: (field) => rubricAt(field.split(".")),
  };
}

/** The agency's id: by the plain reader's positions where they are certain, else by `yaml`'s (ten times slower). */
function agencyIdIn(text: string): Place | undefined {
  const path = ["agency", "id"];
  try {
    const map = plainSourceMap(text);
    if (map) return placeOf(map.locate(path));
  } catch (e) {
    if (!(e instanceof Unsure)) throw e;
  }
  return placeOf(yamlMap(text)?.locate(path));
}

/** A file's text; none for a file gone or changed into what cannot be read since the run read it. */
function textOf(file: string): string | undefined {
  const read = readText(file);
  return read.ok ? read.text : undefined;
}

function yamlMap(text: string): SourceMap | undefined {
  const parsed = parseYaml(text);
  return parsed.ok ? parsed.parsed.map : undefined;
}

function placeOf(at: Location | undefined): Place | undefined {
  return at ? { line: at.line, col: at.col } : undefined;
}
