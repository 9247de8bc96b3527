import { translateSentences, type Sentences } from "./sentences.js";

/**
 * The `yaml` parser explains a syntax error in English. These are its usual sentences said in Vietnamese
 * (checked against the installed version by test/i18n/yaml-details.test.ts); a sentence not listed is
 * shown as the parser wrote it.
 */
export const VI_SENTENCES: Sentences = [
  [/^Flow sequence in block collection must be sufficiently indented and end with a \]$/, "danh sách mở bằng [ chưa được đóng bằng ] (hoặc các dòng sau chưa thụt lề đủ)"],
  [/^Flow map in block collection must be sufficiently indented and end with a \}$/, "phần mở bằng { chưa được đóng bằng } (hoặc các dòng sau chưa thụt lề đủ)"],
  [/^Missing closing "quote$/, "thiếu dấu nháy kép \" đóng chuỗi"],
  [/^Missing closing 'quote$/, "thiếu dấu nháy đơn ' đóng chuỗi"],
  [/^All mapping items must start at the same column$/, "các mục cùng cấp phải bắt đầu ở cùng một cột (thụt lề không đều)"],
  [/^A block sequence may not be used as an implicit map key$/, "các dòng bắt đầu bằng - của một danh sách thụt lề không đều, hoặc danh sách nằm sai chỗ"],
  [/^Nested mappings are not allowed in compact mappings$/, "một dòng có hai dấu hai chấm (a: b: c), hoặc dòng kế tiếp thụt lề sai; nếu giá trị có dấu hai chấm, hãy đặt nó trong dấu nháy"],
  [/^Unexpected scalar at node end$/, "có chữ thừa sau giá trị; nếu giá trị có nhiều phần, hãy đặt cả giá trị trong dấu nháy"],
  [/^Unexpected \S+ token in YAML stream: "(.*)"$/, "ký tự \"$1\" không đúng chỗ"],
  [/^Unexpected block-seq-ind on same line with key$/, "dấu gạch đầu dòng - phải xuống dòng, không nằm cùng dòng với tên đứng trước dấu hai chấm (như evidence:)"],
  [/^Invalid escape sequence (.*)$/, "$1 không phải ký tự thoát hợp lệ trong dấu nháy kép (muốn viết \\ hãy viết \\\\, hoặc dùng dấu nháy đơn)"],
  [/^Plain value cannot start with [a-z ]*(\S)$/, "giá trị không được bắt đầu bằng ký tự $1: hãy đặt giá trị trong dấu nháy"],
  [/^Implicit keys need to be on a single line$/, "tên đứng trước dấu hai chấm phải nằm trọn trên một dòng"],
  [/^Implicit keys of flow sequence pairs need to be on a single line$/, "một danh sách mở bằng [ chưa được đóng bằng ] trên cùng dòng, hoặc một mục trong đó có dấu hai chấm: hãy đóng ] hoặc đặt mục trong dấu nháy"],
  [/^Implicit map keys need to be followed by map values$/, "sau tên (mã chỉ số hay tên trường) phải có dấu hai chấm và giá trị"],
  [/^With stringKeys, all keys must be strings$/, "tên đứng trước dấu hai chấm phải là chữ hoặc số, không phải danh sách […] hay {…}"],
  [/^Map keys must be unique$/, "mỗi trường hay mã chỉ số chỉ được viết một lần ở cùng một cấp"],
  [/^Unresolved alias \(the anchor must be set before the alias\): (.*)$/, "*$1 được dùng trước khi đặt neo &$1: neo & phải đứng trước chỗ dùng *"],
  [/^A node can have at most one anchor$/, "một giá trị chỉ được có một neo (&)"],
  [/^A node can have at most one tag$/, "một giá trị chỉ được có một thẻ (!)"],
  [/^Comments must be separated from other tokens by white space characters$/, "trước dấu # của ghi chú phải có khoảng trắng: viết \"…\" # ghi chú (nếu # là một phần của giá trị, hãy đưa nó vào trong dấu nháy)"],
  [/^Block collections are not allowed within flow collections$/, "trong cặp {…} hoặc […], các mục cách nhau bằng dấu phẩy, không bằng dấu chấm phẩy hay xuống dòng: ví dụ {a: 52, b: 68}"],
  [/^Missing , between flow map items$/, "thiếu dấu phẩy giữa các mục trong {…}: ví dụ {a: 52, b: 68}"],
  [/^Missing , or : between flow map items$/, "thiếu dấu phẩy hoặc dấu hai chấm giữa các mục trong {…}: ví dụ {a: 52, b: 68}"],
  [/^Missing , or : between flow sequence items$/, "thiếu dấu phẩy giữa các mục trong […]: ví dụ [tin-tuc, van-ban]"],
  [/^Unexpected , in flow (?:map|sequence)$/, "dấu phẩy không đúng chỗ (hai dấu phẩy liền nhau, hoặc dấu phẩy ở đầu)"],
  [/^Unexpected \S+ token$/, "có chữ hoặc ký tự không đúng chỗ, thường do thụt lề sai hoặc một dấu nháy thừa ở dòng này hay dòng trên"],
  // Something after a value that ends it ({a: 7{}, {x: 1}[, "x"&a): what it is, and how to keep it as text.
  [/^Unexpected flow-map-start at node end$/, "có dấu { thừa sau giá trị"],
  [/^Unexpected flow-seq-start at node end$/, "có dấu [ thừa sau giá trị"],
  [/^Unexpected flow-error-end at node end$/, "có dấu } hoặc ] thừa, hoặc không đúng chỗ"],
  [/^Unexpected double-quoted-scalar at node end$/, "có chuỗi trong dấu nháy kép \" thừa sau giá trị (một dấu \" thừa?)"],
  [/^Unexpected single-quoted-scalar at node end$/, "có chuỗi trong dấu nháy đơn ' thừa sau giá trị (một dấu ' thừa?)"],
  [/^Unexpected anchor at node end$/, "có dấu & thừa sau giá trị; nếu & là một phần của giá trị, hãy đặt cả giá trị trong dấu nháy"],
  [/^Unexpected tag at node end$/, "có dấu ! thừa sau giá trị; nếu ! là một phần của giá trị, hãy đặt cả giá trị trong dấu nháy"],
  [/^Unexpected alias at node end$/, "có dấu * thừa sau giá trị; nếu * là một phần của giá trị, hãy đặt cả giá trị trong dấu nháy"],
  [/^All sequence items must start at the same column$/, "các dòng bắt đầu bằng - của cùng một danh sách phải ở cùng một cột (thụt lề không đều)"],
  [/^Missing newline after block sequence props$/, "sau dấu ! hoặc & đứng trước một danh sách phải xuống dòng"],
  [/^The : indicator must be at most 1024 chars after the start of an implicit block mapping key$/, "tên đứng trước dấu hai chấm quá dài: dấu hai chấm cách đầu dòng hơn 1024 ký tự (có thể một dấu nháy ở trên chưa được đóng)"],
  [/^Tags and anchors must be separated from the next token by white space$/, "sau dấu ! hoặc & phải có khoảng trắng; nếu ! hay & là một phần của giá trị, hãy đặt cả giá trị trong dấu nháy"],
];

/**
 * The same sentences in plain English with the same guidance: the parser's own named its tokens
 * ("block-seq-ind", "flow-error-end") and said nothing of the fix, which only Vietnamese users were given.
 */
export const EN_SENTENCES: Sentences = [
  [/^Flow sequence in block collection must be sufficiently indented and end with a \]$/, "a list opened with [ is not closed with ] (or the lines after it are not indented enough)"],
  [/^Flow map in block collection must be sufficiently indented and end with a \}$/, "a part opened with { is not closed with } (or the lines after it are not indented enough)"],
  [/^Missing closing "quote$/, "a double quote \" that closes the text is missing"],
  [/^Missing closing 'quote$/, "a single quote ' that closes the text is missing"],
  [/^All mapping items must start at the same column$/, "items at the same level must start at the same column (uneven indentation)"],
  [/^A block sequence may not be used as an implicit map key$/, "the lines starting with - of a list are unevenly indented, or the list is out of place"],
  [/^Nested mappings are not allowed in compact mappings$/, "a line has two colons (a: b: c), or the next line is wrongly indented; if the value holds a colon, put it in quotes"],
  [/^Unexpected scalar at node end$/, "there is text left over after the value; if the value has several parts, put the whole value in quotes"],
  [/^Unexpected \S+ token in YAML stream: "(.*)"$/, "the character \"$1\" is out of place"],
  [/^Unexpected block-seq-ind on same line with key$/, "a list's - must start a new line, not stand on the line of the name before the colon (as evidence:)"],
  [/^Invalid escape sequence (.*)$/, "$1 is not a valid escape in double quotes (to write \\ write \\\\, or use single quotes)"],
  [/^Plain value cannot start with [a-z ]*(\S)$/, "a value cannot start with the character $1: put the value in quotes"],
  [/^Implicit keys need to be on a single line$/, "the name before a colon must be whole on one line"],
  [/^Implicit keys of flow sequence pairs need to be on a single line$/, "a list opened with [ is not closed with ] on the same line, or an item in it holds a colon: close the ] or put the item in quotes"],
  [/^Implicit map keys need to be followed by map values$/, "a name (an indicator code or a field's name) must be followed by a colon and a value"],
  [/^With stringKeys, all keys must be strings$/, "the name before a colon must be letters or figures, not a list […] or {…}"],
  [/^Map keys must be unique$/, "each field or indicator code may be written only once at the same level"],
  [/^Unresolved alias \(the anchor must be set before the alias\): (.*)$/, "*$1 is used before the anchor &$1 is set: the anchor & must come before where it is used"],
  [/^A node can have at most one anchor$/, "a value may have only one anchor (&)"],
  [/^A node can have at most one tag$/, "a value may have only one tag (!)"],
  [/^Comments must be separated from other tokens by white space characters$/, "a comment's # needs a space before it: write \"…\" # comment (if # is part of the value, put it inside the quotes)"],
  [/^Block collections are not allowed within flow collections$/, "inside {…} or […] items are separated by commas, not semicolons or line breaks: e.g. {a: 52, b: 68}"],
  [/^Missing , between flow map items$/, "a comma is missing between the items in {…}: e.g. {a: 52, b: 68}"],
  [/^Missing , or : between flow map items$/, "a comma or a colon is missing between the items in {…}: e.g. {a: 52, b: 68}"],
  [/^Missing , or : between flow sequence items$/, "a comma is missing between the items in […]: e.g. [tin-tuc, van-ban]"],
  [/^Unexpected , in flow (?:map|sequence)$/, "a comma out of place (two commas in a row, or a comma first)"],
  [/^Unexpected \S+ token$/, "letters or a character out of place, usually from wrong indentation or a stray quote on this line or the one above"],
  [/^Unexpected flow-map-start at node end$/, "a stray { after the value"],
  [/^Unexpected flow-seq-start at node end$/, "a stray [ after the value"],
  [/^Unexpected flow-error-end at node end$/, "a stray or misplaced } or ]"],
  [/^Unexpected double-quoted-scalar at node end$/, "text in double quotes \" left over after the value (a stray \"?)"],
  [/^Unexpected single-quoted-scalar at node end$/, "text in single quotes ' left over after the value (a stray '?)"],
  [/^Unexpected anchor at node end$/, "a stray & after the value; if & is part of the value, put the whole value in quotes"],
  [/^Unexpected tag at node end$/, "a stray ! after the value; if ! is part of the value, put the whole value in quotes"],
  [/^Unexpected alias at node end$/, "a stray * after the value; if * is part of the value, put the whole value in quotes"],
  [/^All sequence items must start at the same column$/, "the lines starting with - of one list must be at the same column (uneven indentation)"],
  [/^Missing newline after block sequence props$/, "after a ! or & before a list, start a new line"],
  [/^The : indicator must be at most 1024 chars after the start of an implicit block mapping key$/, "the name before the colon is too long: the colon is more than 1024 characters from the start of the line (perhaps a quote above is not closed)"],
  [/^Tags and anchors must be separated from the next token by white space$/, "a ! or & needs a space after it; if ! or & is part of the value, put the whole value in quotes"],
];

/** The parser's sentence in Vietnamese when it is a known one, otherwise as written. */
export function yamlDetailVi(detail: string): string {
  return translateSentences(detail, VI_SENTENCES);
}

/** The parser's sentence in plain English with its fix when it is a known one, otherwise as written. */
export function yamlDetailEn(detail: string): string {
  return translateSentences(detail, EN_SENTENCES);
}
