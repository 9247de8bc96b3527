import type { Register } from "./register.js";

/** `rubric …` and `schema …`: commands for rubric authors and tools. */
export const registerRubric: Register = (program, { ctx, exit }) => {
  const rubric = program.command("rubric").description("bundled rubrics: list, show and check them");
  rubric.command("list").description("list the bundled rubrics")
    .action(async () => { exit(await (await import("./commands/rubric.js")).list(await ctx())); });
  rubric.command("show").description("check a rubric and print its tree with points")
    .argument("[id|path]", "bundled rubric id or rubric file", "dti-cap-so")
    .action(async (spec: string) => { exit(await (await import("./commands/rubric.js")).show(await ctx(), spec)); });

  const schema = program.command("schema").description("print JSON Schemas for editors and other tools");
  schema.command("agency").description("the JSON Schema of agency files for a rubric")
    .option("-r, --rubric <id|path>", "rubric", "dti-cap-so")
    .action(async (opts: { rubric: string }) => { exit(await (await import("./commands/schema.js")).agency(await ctx(), opts.rubric)); });
  schema.command("rubric").description("the JSON Schema of rubric files")
    .action(async () => { exit(await (await import("./commands/schema.js")).rubricFormat(await ctx())); });
};
