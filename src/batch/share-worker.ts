import { useBundleCodeCache } from "../load/bundle-code-cache.js";

// The script of a worker thread of a large batch (share-thread.ts does the work). Its modules are loaded
// once they can be compiled with the build's code cache: a static import would be loaded before it is on.
// Should loading fail, the rejection stops the worker, and the main thread redoes its share.
useBundleCodeCache();
void import("./share-thread.js");
