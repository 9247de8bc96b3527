/** The command line's help in Vietnamese: each English description (as registered) and its translation. */
export const HELP_VI: Record<string, string> = {
  // The program and its global options
  "Self-assessment, collection and ranking against e-government / digital-transformation rubrics (tự chấm điểm chuyển đổi số)": "Tự chấm điểm, tổng hợp và xếp hạng theo bộ chỉ số chính quyền điện tử, chuyển đổi số",
  "output the version number": "in số phiên bản",
  "display help for command": "xem hướng dẫn của lệnh",
  "language of messages: vi or en (default from LANGUAGE, LC_ALL, LC_MESSAGES, LANG, or the Windows regional format)": "ngôn ngữ thông báo: vi hoặc en (mặc định theo LANGUAGE, LC_ALL, LC_MESSAGES, LANG hoặc định dạng vùng của Windows)",
  "plain output without colours (also NO_COLOR, FORCE_COLOR=0, TERM=dumb)": "in không màu (tương đương đặt biến NO_COLOR, FORCE_COLOR=0 hoặc TERM=dumb)",
  "show stack traces of internal errors": "in chi tiết kỹ thuật (stack trace) của lỗi nội bộ, để gửi kèm khi báo lỗi",
  "print less: no progress, notes or warnings": "in ít hơn: không in tiến độ, ghi chú hay cảnh báo",
  // score, validate
  "score agency files (files, folders or quoted globs) and print the result": "chấm điểm phiếu tự đánh giá của các cơ quan (tệp, thư mục hoặc mẫu đường dẫn trong dấu nháy) và in kết quả",
  "agency files, folders of them or quoted globs such as \"nop/**/*.yaml\" (- for standard input)": "phiếu tự đánh giá của cơ quan, thư mục chứa chúng hoặc mẫu đường dẫn trong dấu nháy như \"nop/**/*.yaml\" (- để đọc từ đầu vào chuẩn)",
  "rubric to score with (default: the one each file names; a file that names none is read as answering it)": "bộ chỉ số dùng để chấm (mặc định: bộ chỉ số mà mỗi tệp ghi; tệp không ghi bộ chỉ số nào được đọc là trả lời bộ này)",
  "output formats, comma-separated: table, json, csv, md, html, xlsx (default: table, or the ones -o's extensions name)": "định dạng đầu ra, cách nhau bằng dấu phẩy: table, json, csv, md, html, xlsx (mặc định: table, hoặc theo phần mở rộng của các tệp -o)",
  "write the report to a file (repeatable; the format follows the extension)": "ghi báo cáo ra tệp (dùng được nhiều lần; định dạng theo phần mở rộng của tệp)",
  "write every --format to this folder (without --format: json, csv, md, html and xlsx)": "ghi mọi định dạng của --format vào thư mục này (không có --format: json, csv, md, html và xlsx)",
  "csv field separator, e.g. ';' for Excel with a decimal comma": "ký tự phân cách cột của csv, ví dụ ';' cho Excel dùng dấu phẩy thập phân",
  "csv layout: ranking or long": "bố cục csv: ranking (bảng xếp hạng) hoặc long (từng chỉ số)",
  "overwrite existing output files": "ghi đè các tệp đầu ra đã có",
  "also rank agencies within their cohort on each top-level group": "xếp hạng thêm trong khối xếp hạng theo từng nhóm chỉ số cấp 1",
  "exit 1 when any agency scores below this (points, or a percentage with %)": "thoát với mã 1 khi có cơ quan đạt dưới mức này (số điểm, hoặc phần trăm kèm dấu %)",
  "check agency files against their rubric without scoring": "kiểm tra phiếu tự đánh giá của cơ quan theo bộ chỉ số, không chấm điểm",
  "rubric to check against (default: the one each file names; a file that names none is read as answering it)": "bộ chỉ số dùng để kiểm tra (mặc định: bộ chỉ số mà mỗi tệp ghi; tệp không ghi bộ chỉ số nào được đọc là trả lời bộ này)",
  "output format": "định dạng đầu ra",
  "output format (default: text, or the one -o's extension names)": "định dạng đầu ra (mặc định: text, hoặc theo phần mở rộng của tệp -o)",
  "output format (default: table, or the one -o's extension names)": "định dạng đầu ra (mặc định: table, hoặc theo phần mở rộng của tệp -o)",
  "output format (default: stylish, or the one -o's extension names)": "định dạng đầu ra (mặc định: stylish, hoặc theo phần mở rộng của tệp -o)",
  "write the findings to a file instead of the terminal": "ghi các lỗi tìm thấy ra tệp thay vì màn hình",
  // assess, init
  "answer a rubric interactively; creates FILE or resumes it (saved after every answer)": "trả lời bộ chỉ số theo từng câu hỏi; tạo tệp mới hoặc làm tiếp tệp đã có (lưu sau mỗi câu trả lời)",
  "agency file to create or resume (default: AGENCY-CODE.yaml)": "phiếu tự đánh giá của cơ quan để tạo mới hoặc làm tiếp (mặc định: MÃ-CƠ-QUAN.yaml)",
  "rubric (default: the one the file names, else the bundled one of the agency type, -t's or the file's, else dti-cap-so)": "bộ chỉ số (mặc định: bộ chỉ số mà tệp ghi, nếu không có thì bộ chỉ số có sẵn của loại cơ quan ghi sau -t hoặc trong tệp, nếu không có nữa thì dti-cap-so)",
  "rubric (default: the bundled one of --agency-type, else dti-cap-so)": "bộ chỉ số (mặc định: bộ chỉ số có sẵn của loại cơ quan ghi sau --agency-type, nếu không có thì dti-cap-so)",
  "agency type, e.g. department or commune": "loại cơ quan, ví dụ department (sở) hoặc commune (xã)",
  "write a blank agency file to fill in an editor, each indicator with its question as comments": "tạo phiếu tự đánh giá trống của cơ quan để điền bằng trình soạn thảo, mỗi chỉ số kèm câu hỏi dưới dạng chú thích",
  "file to write (default: standard output)": "tệp cần ghi (mặc định: in ra màn hình)",
  rubric: "bộ chỉ số",
  "only the indicators that apply to this agency type": "chỉ các chỉ số áp dụng cho loại cơ quan này",
  "overwrite an existing file": "ghi đè tệp đã có",
  // explain
  "explain one agency's score: every indicator's answer, rule and points, then the largest gains left": "giải thích điểm của một cơ quan: câu trả lời, cách tính và điểm của từng chỉ số, rồi các cơ hội tăng điểm lớn nhất",
  "agency file (- for standard input)": "phiếu tự đánh giá của cơ quan (- để đọc từ đầu vào chuẩn)",
  "rubric to score with (default: the one the file names; a file that names none is read as answering it)": "bộ chỉ số dùng để chấm (mặc định: bộ chỉ số mà tệp ghi; tệp không ghi bộ chỉ số nào được đọc là trả lời bộ này)",
  "write to a file instead of standard output": "ghi ra tệp thay vì in ra màn hình",
  "overwrite an existing output file": "ghi đè tệp đầu ra đã có",
  "how many gains to list (0 for all; json lists all)": "số cơ hội tăng điểm được liệt kê (0 là tất cả; json luôn liệt kê tất cả)",
  "explain the verified score (the collector's values) instead of the self-score": "giải thích điểm thẩm định (số liệu của đơn vị tổng hợp) thay vì điểm tự chấm",
  "the batch the agency is ranked in (files, folders, globs; after FILE, since it takes every path that follows): indicators compared with other agencies are scored against its cohort, as score scores them": "lô các cơ quan cùng được xếp hạng (tệp, thư mục, mẫu đường dẫn; đặt sau <tệp> vì tùy chọn này nhận mọi đường dẫn theo sau): các chỉ số so sánh giữa các cơ quan được chấm theo khối xếp hạng, giống như khi chấm bằng lệnh score",
  // rubric
  "rubrics for their authors: list, show, lint, test fixtures, impact of a change": "dành cho người soạn bộ chỉ số: liệt kê, xem, kiểm tra, chạy tệp mẫu, tác động của một thay đổi",
  "list the bundled rubrics": "liệt kê các bộ chỉ số có sẵn",
  "check a rubric and print its tree with points, or (--format md) a readable document, or (--format csv) a spreadsheet of its indicators": "kiểm tra một bộ chỉ số và in cây chỉ số kèm điểm, hoặc (--format md) một văn bản dễ đọc, hoặc (--format csv) một bảng tính các chỉ số",
  "bundled rubric id or rubric file": "mã bộ chỉ số có sẵn hoặc tệp bộ chỉ số",
  "check rubric files: schema, semantics and lint rules, each finding with file:line:col and a rule code": "kiểm tra tệp bộ chỉ số: lược đồ, ngữ nghĩa và các quy tắc; mỗi phát hiện kèm tệp:dòng:cột và mã quy tắc",
  "rubric files, folders of them, or bundled rubric ids": "tệp bộ chỉ số, thư mục chứa chúng, hoặc mã bộ chỉ số có sẵn",
  "lowest severity that fails the run (exit 1)": "mức nghiêm trọng thấp nhất làm lần chạy thất bại (mã thoát 1)",
  "write the report to a file instead of the terminal": "ghi báo cáo ra tệp thay vì màn hình",
  "the rubric's earlier version (file or bundled id; one rubric only): texts still naming codes it renumbered or removed are said": "phiên bản trước của bộ chỉ số (tệp hoặc mã bộ chỉ số có sẵn; chỉ khi có một bộ chỉ số): văn bản còn nhắc mã mà lần sửa đã đổi hoặc bỏ sẽ được chỉ ra",
  "score a rubric's fixtures (fixtures/<id>/ next to the rubric) and compare with their expected.yaml": "chấm các tệp mẫu của bộ chỉ số (fixtures/<mã>/ cạnh tệp bộ chỉ số) và so với expected.yaml của chúng",
  "rubric files, folders of them, or bundled ids (default: every bundled rubric)": "tệp bộ chỉ số, thư mục chứa chúng, hoặc mã có sẵn (mặc định: mọi bộ chỉ số có sẵn)",
  "fixtures folder (one rubric only; default: fixtures/<rubric id>/ next to the rubric file)": "thư mục tệp mẫu (chỉ khi có một bộ chỉ số; mặc định: fixtures/<mã bộ chỉ số>/ cạnh tệp bộ chỉ số)",
  "the rubric's earlier version the fixtures were written for (file or bundled id; one rubric only): codes it renumbered are said with their new code, and a difference with the changes that may explain it (maxima, a group's indicators, rules, caps, bands, cohorts)": "phiên bản trước của bộ chỉ số mà các tệp mẫu được viết theo (tệp hoặc mã bộ chỉ số có sẵn; chỉ khi có một bộ chỉ số): mã nào đã được đánh số lại thì được báo kèm mã mới, và chênh lệch được báo kèm những thay đổi có thể gây ra nó (điểm tối đa, chỉ số của nhóm, quy tắc, trần điểm, ngưỡng xếp loại, khối xếp hạng)",
  "write the report to a file instead of standard output": "ghi báo cáo ra tệp thay vì in ra màn hình",
  "what a rubric change does: structural diff, and a corpus rescored under both versions with score and rank changes": "tác động của một thay đổi bộ chỉ số: khác biệt về cấu trúc, và một tập tệp được chấm lại theo cả hai phiên bản kèm thay đổi về điểm và thứ hạng",
  "the rubric before the change (file or bundled id)": "bộ chỉ số trước khi thay đổi (tệp hoặc mã có sẵn)",
  "the rubric after the change (file or bundled id)": "bộ chỉ số sau khi thay đổi (tệp hoặc mã có sẵn)",
  "required: the agency files, folders or quoted globs to rescore (- for standard input)": "bắt buộc: phiếu tự đánh giá của cơ quan, thư mục hoặc mẫu đường dẫn trong dấu nháy cần chấm lại (- để đọc từ đầu vào chuẩn)",
  "fail (exit 1) when an agency's total moves by more than n points": "thất bại (mã thoát 1) khi tổng điểm của một cơ quan thay đổi quá <số> điểm",
  "fail (exit 1) when an agency moves more than n places in its cohort": "thất bại (mã thoát 1) khi một cơ quan đổi quá <số> hạng trong khối xếp hạng",
  "agencies listed by table and md (json, github and junit list all)": "số cơ quan được liệt kê trong table và md (json, github và junit liệt kê tất cả)",
  // schema
  "print JSON Schemas for editors and other tools": "in JSON Schema cho trình soạn thảo và các công cụ khác",
  "the JSON Schema of agency files for a rubric (the one init writes for editors)": "JSON Schema của phiếu tự đánh giá theo một bộ chỉ số (lược đồ mà init ghi cho trình soạn thảo)",
  "the JSON Schema of rubric files": "JSON Schema của tệp bộ chỉ số",
  "the JSON Schema of score --format json reports": "JSON Schema của báo cáo score --format json",
};

/** The headings commander writes in a help text. */
export const HELP_TITLES_VI: Record<string, string> = {
  "Usage:": "Cách dùng:", "Arguments:": "Đối số:", "Options:": "Tùy chọn:", "Commands:": "Lệnh:", "Global Options:": "Tùy chọn chung:",
};

/**
 * Commander's notes after a description: (choices: …, default: …). The default after a list of choices is set off by a
 * semicolon: after a comma it read as one more choice ("chọn một trong: "error", "warning", mặc định: "error"").
 */
export function helpNotesVi(description: string): string {
  return description.replace(/\bchoices: /g, "chọn một trong: ").replace(/, default: /g, "; mặc định: ").replace(/\bdefault: /g, "mặc định: ");
}
