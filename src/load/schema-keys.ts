/**
 * The keys a JSON Schema allows at a place in the data, for "did you mean" on an unknown key. Every
 * branch counts (if/then/else, allOf, anyOf, oneOf): a suggestion may name a key of either branch.
 * Only local references (#/$defs/…) are followed; a schema is data, walked with own keys only.
 */
export function keysAt(schema: unknown, path: readonly string[]): string[] {
  return keysIn(schema, path);
}

/** keysAt over a schema made only when first asked (most files have no unknown key). */
export function lazyKeysAt(schema: () => unknown): (path: string[]) => string[] {
  let made: unknown;
  return (path) => keysIn((made ??= schema()), path);
}

function keysIn(schema: unknown, path: readonly string[]): string[] {
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
  const keys = new Set<string>();
  for (const node of nodes) if (isObject(node.properties)) for (const key of Object.keys(node.properties)) keys.add(key);
  return [...keys];
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
