/**
 * The keys a JSON Schema allows at a place in the data, for "did you mean" on an unknown key. Every
 * branch counts (if/then/else, allOf, anyOf, oneOf): a suggestion may name a key of either branch.
 * Given the data, an if/then/else whose `if` is a plain test of a key (`type: count`) takes only the
 * branch the data is in: what a count input takes, not every input type's keys.
 * Only local references (#/$defs/…) are followed; a schema is data, walked with own keys only.
 */
export function keysAt(schema: unknown, path: readonly string[], data?: unknown): string[] {
  const keys = new Set<string>();
  for (const node of nodesAt(schema, path, data)) if (isObject(node.properties)) for (const key of Object.keys(node.properties)) keys.add(key);
  return [...keys];
}

/** keysAt, valuesAt, maximumAt, minimumAt and formatAt over a schema made only when first asked (most files have no such finding). */
export function lazySchemaHints(schema: () => unknown): { keysAt: (path: string[], data?: unknown) => string[]; valuesAt: (path: string[]) => string[]; maximumAt: (path: string[]) => number | undefined; minimumAt: (path: string[]) => number | undefined; formatAt: (path: string[], data?: unknown) => string | undefined } {
  let made: unknown;
  return { keysAt: (path, data) => keysAt((made ??= schema()), path, data), valuesAt: (path) => valuesAt((made ??= schema()), path), maximumAt: (path) => maximumAt((made ??= schema()), path), minimumAt: (path) => minimumAt((made ??= schema()), path), formatAt: (path, data) => formatAt((made ??= schema()), path, data) };
}

/** The texts the schema's branches allow at a place (`enum`, `const`): every input type at an input's `type`. */
function valuesAt(schema: unknown, path: readonly string[]): string[] {
  const values = new Set<string>();
  for (const node of nodesAt(schema, path)) {
    for (const v of Array.isArray(node.enum) ? node.enum : node.const !== undefined ? [node.const] : []) if (typeof v === "string") values.add(v);
  }
  return [...values];
}

/**
 * The `format` the schema sets at a place of the data (a date field: "date"), when its branches there agree on
 * one: a number typed where a date is asked is then said against a date, not against "text".
 */
function formatAt(schema: unknown, path: readonly string[], data?: unknown): string | undefined {
  const formats = new Set(nodesAt(schema, path, data).map((n) => n.format).filter((f): f is string => typeof f === "string"));
  return formats.size === 1 ? [...formats][0] : undefined;
}

/** The smallest `maximum` the schema sets at a place of the data (a share written 0–1), when it sets one. */
export function maximumAt(schema: unknown, path: readonly string[]): number | undefined {
  const maxima = nodesAt(schema, path).map((n) => n.maximum).filter((m): m is number => typeof m === "number");
  return maxima.length > 0 ? Math.min(...maxima) : undefined;
}

/** The largest `minimum` the schema sets at a place of the data, when it sets one. */
function minimumAt(schema: unknown, path: readonly string[]): number | undefined {
  const minima = nodesAt(schema, path).map((n) => n.minimum).filter((m): m is number => typeof m === "number");
  return minima.length > 0 ? Math.max(...minima) : undefined;
}

/** `data`: the document the path is in (undefined: every branch). */
function nodesAt(schema: unknown, path: readonly string[], data?: unknown): SchemaNode[] {
  let value = data;
  let nodes = expand(schema, schema, 0, value);
  for (const segment of path) {
    value = isObject(value) && Object.hasOwn(value, segment) ? value[segment] : Array.isArray(value) && /^\d+$/.test(segment) ? value[Number(segment)] : undefined;
    const next: unknown[] = [];
    for (const node of nodes) {
      const properties = node.properties;
      if (isObject(properties) && Object.hasOwn(properties, segment)) next.push(properties[segment]);
      else if (isObject(node.additionalProperties)) next.push(node.additionalProperties);
      if (isObject(node.items) && /^\d+$/.test(segment)) next.push(node.items);
    }
    nodes = next.flatMap((n) => expand(n, schema, 0, value));
  }
  return nodes;
}

type SchemaNode = Record<string, unknown>;

function isObject(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A schema node with the nodes its reference and branches add (of if/then/else, the one `value` is in, when that can be told). */
function expand(node: unknown, root: unknown, depth = 0, value?: unknown): SchemaNode[] {
  if (!isObject(node) || depth > 20) return [];
  const out: SchemaNode[] = [node];
  if (typeof node.$ref === "string") out.push(...expand(resolve(node.$ref, root), root, depth + 1, value));
  const holds = node.if === undefined ? undefined : plainTest(node.if, value);
  if (holds !== false) out.push(...expand(node.then, root, depth + 1, value));
  if (holds !== true) out.push(...expand(node.else, root, depth + 1, value));
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list = node[key];
    if (Array.isArray(list)) for (const branch of list) out.push(...expand(branch, root, depth + 1, value));
  }
  return out;
}

/**
 * Whether `value` passes an `if` made only of `properties` with `const` or `enum` (and `required`, `type:
 * object`): the tests the schemas branch on. Undefined for anything else, or no object to test.
 */
function plainTest(test: unknown, value: unknown): boolean | undefined {
  if (!isObject(test) || !isObject(value)) return undefined;
  if (Object.keys(test).some((k) => k !== "properties" && k !== "required" && k !== "type")) return undefined;
  if (test.type !== undefined && test.type !== "object") return undefined;
  if (Array.isArray(test.required) && test.required.some((k) => typeof k !== "string" || !Object.hasOwn(value, k))) return false;
  if (test.properties === undefined) return true;
  if (!isObject(test.properties)) return undefined;
  for (const [key, rule] of Object.entries(test.properties)) {
    if (!isObject(rule) || Object.keys(rule).some((k) => k !== "const" && k !== "enum")) return undefined;
    // Compared as JSON Schema does only for plain values (an object or list const is equal by content).
    if ([rule.const, ...(Array.isArray(rule.enum) ? rule.enum : [])].some((v) => typeof v === "object" && v !== null)) return undefined;
    if (!Object.hasOwn(value, key)) continue;
    if (Object.hasOwn(rule, "const") && value[key] !== rule.const) return false;
    if (Array.isArray(rule.enum) && !rule.enum.includes(value[key])) return false;
  }
  return true;
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
