import type { Lang } from "../core/rubric.js";

type Entry = { vi: string; en: string };

/** Every user-facing sentence, in Vietnamese and English. Placeholders are {name}. */
const MESSAGES: Record<string, Entry> = {
  // Reading files
  "file-not-found": { vi: "Không đọc được tệp: {detail}", en: "Cannot read the file: {detail}" },
  "file-too-large": { vi: "Tệp quá lớn: {size} byte, giới hạn là {limit} byte", en: "The file is too large: {size} bytes; the limit is {limit} bytes" },
  "binary-file": { vi: "Đây không phải tệp văn bản (có byte nhị phân)", en: "This is not a text file (it contains binary bytes)" },
  "not-utf8": { vi: "Tệp không phải UTF-8; hãy lưu lại với mã hóa UTF-8", en: "The file is not valid UTF-8; save it again as UTF-8" },
  "utf16-no-bom": { vi: "Tệp có vẻ là UTF-16 không có BOM; hãy lưu lại với mã hóa UTF-8", en: "The file looks like UTF-16 without a byte-order mark; save it as UTF-8" },
  // YAML
  "yaml-1.1": { vi: "Chỉ thị %YAML 1.1 không được hỗ trợ: YAML 1.1 đọc yes/no thành đúng/sai và 010 thành 8. Hãy xóa dòng này", en: "The %YAML 1.1 directive is not supported: YAML 1.1 reads yes/no as booleans and 010 as 8. Remove this line" },
  "too-deep": { vi: "Dữ liệu lồng nhau quá sâu (hoặc thụt lề quá {limit} cột); giới hạn là {limit} mức", en: "The data is nested too deeply (or indented more than {limit} columns); the limit is {limit} levels" },
  "yaml-syntax": { vi: "Lỗi cú pháp YAML: {detail}", en: "YAML syntax error: {detail}" },
  "tab-indent": { vi: "Thụt lề bằng phím Tab; YAML chỉ cho phép dấu cách", en: "Indentation with a tab; YAML allows only spaces" },
  "duplicate-key": { vi: "Khóa bị lặp: {detail}", en: "Duplicate key: {detail}" },
  "multiple-documents": { vi: "Tệp chứa nhiều tài liệu YAML (dấu ---); mỗi tệp chỉ được một", en: "The file holds several YAML documents (---); one file must hold one" },
  "unknown-tag": { vi: "Thẻ YAML {tag} không được phép trong tệp dữ liệu", en: "The YAML tag {tag} is not allowed in a data file" },
  "alias-limit": { vi: "Quá nhiều bí danh YAML (*alias), giới hạn là {limit}", en: "Too many YAML aliases (*alias); the limit is {limit}" },
  "empty-file": { vi: "Tệp rỗng", en: "The file is empty" },
  "root-not-mapping": { vi: "Tệp phải là một bảng khóa: giá trị (mapping), không phải {found}", en: "The file must be a mapping of keys to values, not a {found}" },
  // Schema
  "missing-field": { vi: "Thiếu trường bắt buộc \"{field}\"", en: "Missing required field \"{field}\"" },
  "unknown-field": { vi: "Trường \"{field}\" không có trong định dạng", en: "Unknown field \"{field}\"" },
  "wrong-type": { vi: "Sai kiểu dữ liệu", en: "Wrong type of value" },
  "out-of-range": { vi: "Giá trị nằm ngoài khoảng cho phép", en: "Value out of the allowed range" },
  "not-allowed-value": { vi: "Giá trị không thuộc danh sách cho phép", en: "Value not among the allowed ones" },
  "bad-format": { vi: "Sai định dạng", en: "Wrong format" },
  "too-short": { vi: "Giá trị quá ngắn hoặc rỗng", en: "Value too short or empty" },
  "too-long": { vi: "Giá trị quá dài", en: "Value too long" },
  "duplicate-item": { vi: "Danh sách có phần tử lặp", en: "The list repeats an item" },
  "invalid-value": { vi: "Giá trị không hợp lệ ({detail})", en: "Invalid value ({detail})" },
  // Agency files
  "unknown-indicator": { vi: "Không có chỉ số \"{code}\" trong bộ chỉ số {rubric}", en: "There is no indicator \"{code}\" in rubric {rubric}" },
  "ambiguous-number": { vi: "YAML đọc {source} thành {value} vì dấu chấm là dấu thập phân. Nếu là số hàng nghìn, hãy viết {thousands} (không có dấu chấm); nếu là số thập phân, hãy viết {value}", en: "YAML reads {source} as {value}: the dot is a decimal point. For thousands write {thousands} (no dots); for a decimal write {value}" },
  "non-decimal-number": { vi: "YAML đọc {source} thành {value} (số hệ 16/8/2); hãy viết số thập phân thông thường", en: "YAML reads {source} as {value} (a hex, octal or binary number); write an ordinary decimal number" },
  "decimal-comma": { vi: "\"{source}\" không phải là số: dùng dấu chấm cho phần thập phân (1.5) và không dùng dấu phân cách hàng nghìn", en: "\"{source}\" is not a number: use a dot for decimals (1.5) and no thousands separator" },
  "boolean-word": { vi: "\"{source}\" không phải giá trị đúng/sai: hãy viết true (có) hoặc false (không)", en: "\"{source}\" is not a yes/no value: write true or false" },
  "percent-sign": { vi: "\"{source}\": hãy viết số phần trăm không kèm dấu %, ví dụ 95", en: "\"{source}\": write the percentage without the % sign, e.g. 95" },
  "fraction-a-gt-b": { vi: "Tử số a = {a} lớn hơn mẫu số b = {b}", en: "The numerator a = {a} is greater than the denominator b = {b}" },
  "zero-denominator": { vi: "Mẫu số b = 0 không được chấp nhận cho chỉ số này", en: "A zero denominator b = 0 is not accepted for this indicator" },
  "evidence-missing": { vi: "Chỉ số {code} cần ít nhất {min} minh chứng, mới có {count}", en: "Indicator {code} needs at least {min} evidence item(s); it has {count}" },
  "na-not-allowed": { vi: "Chỉ số {code} không cho phép trả lời \"không áp dụng\"", en: "Indicator {code} does not allow a not-applicable answer" },
  "na-with-value": { vi: "Không thể vừa \"không áp dụng\" (na: true) vừa có giá trị", en: "An answer cannot be not-applicable (na: true) and have a value" },
  "rubric-mismatch": { vi: "Tệp trả lời bộ chỉ số \"{found}\" nhưng đang chấm theo \"{expected}\"", en: "The file answers rubric \"{found}\" but is being scored with \"{expected}\"" },
  "rubric-version-mismatch": { vi: "Tệp trả lời phiên bản {found} của bộ chỉ số {rubric}, bộ chỉ số đang dùng là phiên bản {expected}", en: "The file answers version {found} of rubric {rubric}; the rubric in use is version {expected}" },
  "rubric-not-found": { vi: "Không tìm thấy bộ chỉ số \"{id}\" (phiên bản {version}) trong các bộ chỉ số kèm theo; dùng --rubric TỆP", en: "Rubric \"{id}\" (version {version}) is not among the bundled rubrics; use --rubric FILE" },
  "not-applicable-answered": { vi: "Chỉ số {code} không áp dụng cho loại cơ quan {type}; câu trả lời bị bỏ qua", en: "Indicator {code} does not apply to agency type {type}; the answer is ignored" },
  "date-out-of-range": { vi: "Ngày {found} nằm ngoài khoảng cho phép", en: "The date {found} is outside the allowed range" },
  // Rubric semantics
  "duplicate-code": { vi: "Mã {code} bị trùng (đã dùng ở dòng {first})", en: "Code {code} is used twice (first at line {first})" },
  "code-prefix": { vi: "Mã {code} phải bắt đầu bằng mã nhóm cha {parent}.", en: "Code {code} must start with its parent's code {parent}." },
  "code-order": { vi: "Mã {code} đứng sau {previous}: hãy xếp theo thứ tự tự nhiên", en: "Code {code} comes after {previous}: list siblings in natural order" },
  "max-mismatch": { vi: "Điểm tối đa của {code} là {declared} nhưng tổng các mục con là {sum}", en: "The max of {code} is {declared} but its children add up to {sum}" },
  "scale-mismatch": { vi: "Thang điểm là {declared} nhưng tổng điểm tối đa các nhóm là {sum}", en: "The scale is {declared} but the groups' maxima add up to {sum}" },
  "info-only-points": { vi: "Chỉ số chỉ thu thập thông tin {code} phải có max: 0 và không có rule", en: "Information-only indicator {code} must have max: 0 and no rule" },
  "rule-missing": { vi: "Chỉ số {code} không có quy tắc chấm điểm (rule); nếu chỉ thu thập thông tin, đặt info_only: true và max: 0", en: "Indicator {code} has no scoring rule; if it only collects information, set info_only: true and max: 0" },
  "rule-input-mismatch": { vi: "Quy tắc {rule} không dùng được với kiểu trả lời {input}", en: "Rule {rule} cannot score an input of type {input}" },
  "unknown-field-ref": { vi: "Quy tắc dùng trường \"{field}\" không có trong input.fields", en: "The rule names field \"{field}\", which input.fields does not declare" },
  "term-max-missing": { vi: "Mỗi phần của quy tắc sum cần có max", en: "Each part of a sum rule needs a max" },
  "points-exceed-max": { vi: "{what} cho {points} điểm, vượt điểm tối đa {max}", en: "{what} gives {points} points, above the max of {max}" },
  "bands-order": { vi: "Các mức phải xếp từ cao xuống thấp với min giảm dần: {min} sau {previous}", en: "Levels must go from the highest to the lowest with decreasing min: {min} after {previous}" },
  "piecewise-order": { vi: "Các điểm của piecewise phải có x tăng dần", en: "Piecewise points must have increasing x" },
  "unknown-agency-type-ref": { vi: "Loại cơ quan \"{type}\" chưa khai báo trong agency_types", en: "Agency type \"{type}\" is not declared in agency_types" },
  "unknown-code-ref": { vi: "Mã \"{code}\" không có trong bộ chỉ số", en: "Code \"{code}\" does not exist in the rubric" },
  "relative-nested": { vi: "Quy tắc {rule} phải là quy tắc riêng của chỉ số với kiểu trả lời dạng số", en: "Rule {rule} must be the indicator's own rule, on a numeric input" },
  "duplicate-id": { vi: "Mã định danh {id} bị trùng", en: "The id {id} is used twice" },
  "bad-range": { vi: "min lớn hơn max", en: "min is greater than max" },
  // Report words
  "col-code": { vi: "Mã", en: "Code" },
  "col-group": { vi: "Nhóm chỉ số", en: "Group" },
  "col-points": { vi: "Điểm", en: "Points" },
  "col-max": { vi: "Tối đa", en: "Max" },
  "col-percent": { vi: "%", en: "%" },
  "col-rank": { vi: "Hạng", en: "Rank" },
  "col-agency": { vi: "Cơ quan", en: "Agency" },
  "col-total": { vi: "Tổng", en: "Total" },
  "col-band": { vi: "Xếp loại", en: "Band" },
  "col-file": { vi: "Tệp", en: "File" },
  "col-first-error": { vi: "Lỗi đầu tiên", en: "First error" },
  "base": { vi: "Điểm các nhóm", en: "Groups" },
  "bonus": { vi: "Điểm thưởng", en: "Bonus" },
  "penalty": { vi: "Điểm trừ", en: "Penalty" },
  "total": { vi: "Tổng điểm", en: "Total" },
  "band": { vi: "Xếp loại", en: "Band" },
  "no-band": { vi: "chưa xếp loại", en: "no band" },
  "rubric": { vi: "Bộ chỉ số", en: "Rubric" },
  "period": { vi: "Kỳ đánh giá", en: "Period" },
  "cohort": { vi: "nhóm xếp hạng", en: "cohort" },
  "rank-line": { vi: "Hạng {rank}/{size} trong nhóm {cohort}", en: "Rank {rank} of {size} in cohort {cohort}" },
  "aggregates": { vi: "Trụ cột / tổng hợp", en: "Pillars / subtotals" },
  "verified-total": { vi: "Điểm thẩm định: {total} (tự chấm {self}, chênh lệch {diff})", en: "Verified total: {total} (self-score {self}, difference {diff})" },
  "completeness": { vi: "Đã trả lời {answered}/{applicable} · chưa trả lời {unanswered} · không áp dụng {na} · thiếu minh chứng {evidence}", en: "Answered {answered}/{applicable} · unanswered {unanswered} · not applicable {na} · missing evidence {evidence}" },
  "rescaled-note": { vi: "* nhóm có chỉ số không áp dụng: điểm được quy đổi theo tỷ lệ", en: "* group with not-applicable indicators: points rescaled" },
  "provisional-note": { vi: "Tạm tính: {codes} được chấm so với các cơ quan khác trong lô; chấm cùng cả nhóm để có điểm chính thức", en: "Provisional: {codes} are scored against the other agencies of the batch; score the whole cohort together for final points" },
  "clamped-note": { vi: "Tổng điểm đã được giới hạn trong thang điểm", en: "The total was clamped to the scale" },
  "ranking": { vi: "Xếp hạng — {rubric}", en: "Ranking — {rubric}" },
  "not-scored": { vi: "Không chấm được ({count} tệp)", en: "Not scored ({count} files)" },
  "example-mark": { vi: "(ví dụ)", en: "(example)" },
  "summary-valid": { vi: "{valid} tệp hợp lệ, {invalid} tệp lỗi", en: "{valid} valid file(s), {invalid} invalid" },
  "no-files": { vi: "Không tìm thấy tệp .yaml/.yml nào", en: "No .yaml/.yml files found" },
  "path-missing": { vi: "Không có tệp hoặc thư mục: {path}", en: "No such file or folder: {path}" },
  "rubric-unusable": { vi: "Không dùng được bộ chỉ số {file}", en: "The rubric {file} cannot be used" },
  "rubric-ok": { vi: "Bộ chỉ số hợp lệ: {id} {version} · {indicators} chỉ số · thang điểm {scale}", en: "Rubric is valid: {id} {version} · {indicators} indicators · scale {scale}" },
  "unknown-rubric-spec": { vi: "Không có tệp hoặc bộ chỉ số kèm theo tên \"{spec}\"; xem egov-score rubric list", en: "No file or bundled rubric named \"{spec}\"; see egov-score rubric list" },
  "internal-error": { vi: "Lỗi nội bộ: {detail}. Chạy lại với --verbose và báo lỗi kèm thông tin này", en: "Internal error: {detail}. Run again with --verbose and report it with this output" },
  "output-exists": { vi: "Tệp {file} đã có; dùng --force để ghi đè", en: "{file} exists; use --force to overwrite it" },
  "fidelity": { vi: "Độ trung thực", en: "Fidelity" },
  // Result words
  "found": { vi: "tìm thấy", en: "found" },
  "expected": { vi: "cần", en: "expected" },
  "hint": { vi: "gợi ý", en: "hint" },
  "did-you-mean": { vi: "có phải ý bạn là {suggestion}?", en: "did you mean {suggestion}?" },
  "quote-code": { vi: "viết mã trong dấu nháy: \"{source}\"", en: "write the code in quotes: \"{source}\"" },
  "error": { vi: "lỗi", en: "error" },
  "warning": { vi: "cảnh báo", en: "warning" },
};

/** Descriptions of expected values, used after "expected:". */
const EXPECTED: Record<string, Entry> = {
  number: { vi: "một số", en: "a number" },
  integer: { vi: "một số nguyên", en: "a whole number" },
  string: { vi: "văn bản (trong dấu nháy nếu toàn chữ số)", en: "text (in quotes if it is all digits)" },
  boolean: { vi: "true hoặc false", en: "true or false" },
  object: { vi: "một bảng khóa: giá trị", en: "a mapping of keys to values" },
  array: { vi: "một danh sách", en: "a list" },
  null: { vi: "để trống", en: "nothing" },
  minimum: { vi: "≥ {limit}", en: "≥ {limit}" },
  maximum: { vi: "≤ {limit}", en: "≤ {limit}" },
  exclusiveMinimum: { vi: "> {limit}", en: "> {limit}" },
  exclusiveMaximum: { vi: "< {limit}", en: "< {limit}" },
  enum: { vi: "một trong: {values}", en: "one of: {values}" },
  const: { vi: "{values}", en: "{values}" },
  date: { vi: "ngày dạng \"YYYY-MM-DD\" trong dấu nháy", en: "a date \"YYYY-MM-DD\" in quotes" },
  uri: { vi: "một địa chỉ đầy đủ, ví dụ https://…", en: "a full address such as https://…" },
  email: { vi: "một địa chỉ thư điện tử", en: "an e-mail address" },
  pattern: { vi: "dạng {pattern}", en: "of the form {pattern}" },
  minLength: { vi: "ít nhất {limit} ký tự", en: "at least {limit} characters" },
  maxLength: { vi: "tối đa {limit} ký tự", en: "at most {limit} characters" },
  fraction: { vi: "{a: tử số, b: mẫu số} với 0 ≤ a ≤ b", en: "{a: numerator, b: denominator} with 0 ≤ a ≤ b" },
  unique: { vi: "không lặp phần tử", en: "no repeated items" },
  minItems: { vi: "ít nhất {limit} phần tử", en: "at least {limit} items" },
};

export function message(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const entry = MESSAGES[key];
  return fill(entry ? entry[lang] : key, params);
}

export function expectedText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const entry = EXPECTED[key];
  return fill(entry ? entry[lang] : key, params);
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
