import { describe, expect, it } from "vitest";
import { addressSpaceLimit } from "../../src/io/address-space.js";

const limits = (soft: string, hard = "unlimited") => `Limit                     Soft Limit           Hard Limit           Units     
Max cpu time              unlimited            unlimited            seconds   
Max data size             unlimited            unlimited            bytes     
Max address space         ${soft.padEnd(20)} ${hard.padEnd(20)} bytes     
Max file locks            unlimited            unlimited            locks     
`;

describe("addressSpaceLimit", () => {
  it.each([
    ["a soft limit (ulimit -v 2000000)", limits("2048000000"), 2048000000],
    ["the soft limit, not the hard one", limits("1048576000", "4096000000"), 1048576000],
    ["no limit", limits("unlimited"), undefined],
    ["no such line (another system's file)", "Max open files 1024 1024 files\n", undefined],
    ["nothing to read (not Linux)", undefined, undefined],
  ])("%s", (_, text, expected) => {
    expect(addressSpaceLimit(text)).toBe(expected);
  });
});
