/**
 * `target[key] = value` as an own, plain property whatever the key: data from a file may hold a key named
 * "__proto__", which an assignment would take for the prototype.
 */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
