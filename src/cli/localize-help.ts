import { Help, type Argument, type Command, type HelpConfiguration, type Option } from "commander";
import type { Lang } from "../core/rubric.js";
import { HELP_TITLES_VI, HELP_VI, helpNotesVi } from "../i18n/help-words.js";
import { PLACEHOLDERS_VI, usageWordsVi } from "../i18n/usage-words.js";

/** A description of the command line in the language asked for (descriptions are registered in English). */
export function helpText(text: string, lang: Lang): string {
  // Own keys only: a description such as "constructor" must not find Object's.
  return lang === "vi" && Object.hasOwn(HELP_VI, text) ? HELP_VI[text]! : text;
}

/** The least room for a description beside the terms: commander's default minWidthToWrap (the help lowers that one, for boxWrap). */
const DESCRIPTION_COLUMN = 40;

/**
 * On a terminal too narrow for a description column commander wraps (under 40 letters beside the longest
 * term), each description goes on the lines under its term, wrapped to the width, where commander would
 * leave it one long line. Commander's boxWrap wraps nothing narrower than minWidthToWrap: lowered to 20
 * (the help's configuration), a 40-column pane gets its descriptions wrapped too.
 */
function formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
  const width = this.helpWidth ?? 80;
  const indent = 6;
  if (!description || width - termWidth - 4 >= DESCRIPTION_COLUMN || helper.preformatted(description)) {
    return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
  }
  return `  ${term}\n` + helper.boxWrap(description, width - indent).replace(/^/gm, " ".repeat(indent));
}

/** Commander's layout, and its headings and notes in the language: given to the program before its commands, which inherit it. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  if (lang !== "vi") return { formatItem, minWidthToWrap: 20 };
  return {
    formatItem,
    minWidthToWrap: 20,
    styleTitle: (title: string) => (Object.hasOwn(HELP_TITLES_VI, title) ? HELP_TITLES_VI[title]! : title),
    optionDescription(this: Help, option: Option) { return helpNotesVi(Help.prototype.optionDescription.call(this, option)); },
    argumentDescription(this: Help, argument: Argument) { return helpNotesVi(Help.prototype.argumentDescription.call(this, argument)); },
    optionTerm(this: Help, option: Option) { return usageWordsVi(Help.prototype.optionTerm.call(this, option)); },
    argumentTerm(this: Help, argument: Argument) { return PLACEHOLDERS_VI[argument.name()] ?? argument.name(); },
    commandUsage(this: Help, command: Command) { return usageWordsVi(Help.prototype.commandUsage.call(this, command)); },
    subcommandTerm(this: Help, command: Command) { return usageWordsVi(Help.prototype.subcommandTerm.call(this, command)); },
  };
}

/** Every description of the program, its commands, options and arguments in the language (once all are registered). */
export function localizeHelp(program: Command, lang: Lang): void {
  if (lang !== "vi") return;
  const walk = (command: Command) => {
    command.description(helpText(command.description(), lang));
    for (const option of command.options) option.description = helpText(option.description, lang);
    for (const argument of command.registeredArguments) argument.description = helpText(argument.description, lang);
    command.commands.forEach(walk);
  };
  walk(program);
}
