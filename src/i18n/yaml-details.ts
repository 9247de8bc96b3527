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

/** The parser's sentence in Vietnamese when it is a known one, otherwise as written. */
export function yamlDetailVi(detail: string): string {
  return translateSentences(detail, VI_SENTENCES);
}
