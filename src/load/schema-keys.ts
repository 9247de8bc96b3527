/**
 * The keys a JSON Schema allows at a place in the data, for "did you mean" on an unknown key. Every
 * branch counts (if/then/else, allOf, anyOf, oneOf): a suggestion may name a key of either branch.
 * Only local references (#/$defs/…) are followed; a schema is data, walked with own keys only.
 */
export function keysAt(schema: unknown, path: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const node of nodesAt(schema, path)) if (isObject(node.properties)) for (const key of Object.keys(node.properties)) keys.add(key);
  return [...keys];
}

/** keysAt, maximumAt and minimumAt over a schema made only when first asked (most files have no such finding). */
export function lazySchemaHints(schema: () => unknown): { keysAt: (path: string[]) => string[]; maximumAt: (path: string[]) => number | undefined; minimumAt: (path: string[]) => number | undefined } {
  let made: unknown;
  return { keysAt: (path) => keysAt((made ??= schema()), path), maximumAt: (path) => maximumAt((made ??= schema()), path), minimumAt: (path) => minimumAt((made ??= schema()), path) };
}

/** The smallest `maximum` the schema sets at a place of the data (a share written 0–1), when it sets one. */
export function maximumAt(schema: unknown, path: readonly string[]): number | undefined {
  const maxima = nodesAt(schema, path).map((n) => n.maximum).filter((m): m is number => typeof m === "number");
  return maxima.length > 0 ? Math.min(...maxima) : undefined;
}

/** The largest `minimum` the schema sets at a place of the data, when it sets one. */
export function minimumAt(schema: unknown, path: readonly string[]): number | undefined {
  const minima = nodesAt(schema, path).map((n) => n.minimum).filter((m): m is number => typeof m === "number");
  return minima.length > 0 ? Math.max(...minima) : undefined;
}

function nodesAt(schema: unknown, path: readonly string[]): SchemaNode[] {
  let nodes = expand(schema, schema);
  for (const segment of path) {
    const next: unknown[] = [];
    for (const node of nodes) {
      const properties = node.properties;
      if (isObject(properties) && Object.hasOwn(properties, segment)) next.push(properties[segment]);
      else if (isObject(node.additionalProperties)) next.push(node.additionalProperties);
      if (isObject(node.items) && /^\d+$/.test(segment)) next.push(node.items);
    }
    nodes = next.flatMap((n) => expand(n, schema));
  }
  return nodes;
}

type SchemaNode = Record<string, unknown>;

function isObject(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A schema node with the nodes its reference and branches add. */
function expand(node: unknown, root: unknown, depth = 0): SchemaNode[] {
  if (!isObject(node) || depth > 20) return [];
  const out: SchemaNode[] = [node];
  if (typeof node.$ref === "string") out.push(...expand(resolve(node.$ref, root), root, depth + 1));
  for (const key of ["then", "else"]) out.push(...expand(node[key], root, depth + 1));
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list = node[key];
    if (Array.isArray(list)) for (const branch of list) out.push(...expand(branch, root, depth + 1));
  }
  return out;
}

function resolve(ref: string, root: unknown): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node = root;
  for (const part of ref.slice(2).split("/")) {
    if (!isObject(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}
