import type { Lang } from "../core/rubric.js";
import { REPORT_MESSAGES } from "./messages-report.js";
import { RUBRIC_CI_MESSAGES } from "./messages-rubric-ci.js";
import { withCharacterNames } from "./character-names.js";
import { yamlDetailEn, yamlDetailVi } from "./yaml-details.js";
import { dateText } from "../report/format-number.js";
import { numberText } from "../core/number-text.js";

type Entry = { vi: string; en: string };

/** Every user-facing sentence, in Vietnamese and English. Placeholders are {name}. */
const CORE_MESSAGES: Record<string, Entry> = {
  // Reading files
  "file-not-found": { vi: "Không đọc được tệp: {detail}", en: "Cannot read the file: {detail}" },
  "file-unreadable": { vi: "Không đọc được tệp: {detail}", en: "Cannot read the file: {detail}" },
  "folder-unreadable": { vi: "Không đọc được thư mục, các tệp trong đó chưa được chấm: {detail}", en: "Cannot read the folder, so the files in it were not scored: {detail}" },
  "link-outside-folder": { vi: "Đây là liên kết tượng trưng tới một tệp nằm ngoài thư mục được đọc ({target}) nên không được đọc: liên kết gửi kèm trong thư mục có thể làm lộ nội dung bất kỳ tệp nào của máy này trong các lỗi được báo; muốn đọc tệp đó, hãy ghi tên chính tệp đó trong lệnh", en: "This is a link to a file outside the folder read ({target}), so it was not read: a link sent in a folder could show any file of this computer in the findings; to read that file, name it itself on the command line" },
  "file-too-large": { vi: "Tệp quá lớn: {size} byte, giới hạn là {limit} byte", en: "The file is too large: {size} bytes; the limit is {limit} bytes" },
  "stdin-waiting": { vi: "Đang đọc phiếu tự đánh giá từ đầu vào chuẩn: dán hoặc gõ nội dung, rồi bấm Ctrl-D để kết thúc (trên Windows: Ctrl-Z rồi Enter)", en: "Reading an agency file from standard input: paste or type it, then press Ctrl-D to end it (on Windows: Ctrl-Z, then Enter)" },
  "stdin-too-large": { vi: "Dữ liệu đưa vào qua đầu vào chuẩn quá lớn: hơn {limit} byte", en: "Standard input is too large: more than {limit} bytes" },
  "binary-file": { vi: "Đây không phải tệp văn bản (có byte nhị phân)", en: "This is not a text file (it contains binary bytes)" },
  "not-utf8": { vi: "Tệp không phải UTF-8, có lẽ được lưu bằng bảng mã cũ (Windows-1258, TCVN3, VNI); hãy mở và lưu lại với mã hóa UTF-8 (Notepad: Lưu thành → Mã hóa UTF-8; Unikey: công cụ chuyển mã sang Unicode)", en: "The file is not valid UTF-8; it may be in an older Vietnamese encoding (Windows-1258, TCVN3, VNI). Open it and save it again as UTF-8 (Notepad: Save as → Encoding UTF-8; Unikey's converter: to Unicode)" },
  "utf16-no-bom": { vi: "Tệp có vẻ là UTF-16 không có BOM; hãy lưu lại với mã hóa UTF-8", en: "The file looks like UTF-16 without a byte-order mark; save it as UTF-8" },
  // YAML
  "yaml-directive": { vi: "Chỉ thị {directive} không được hỗ trợ: tệp được đọc theo YAML 1.2. Hãy xóa dòng này", en: "The directive {directive} is not supported: files are read as YAML 1.2. Remove this line" },
  "tag-mismatch": { vi: "Giá trị không khớp với thẻ {tag} đặt trước nó: hãy bỏ thẻ (YAML tự nhận biết số, chữ, true/false)", en: "The value does not fit the tag {tag} before it: remove the tag (YAML tells numbers, text and true/false apart by itself)" },
  "yaml-1.1": { vi: "Chỉ thị %YAML 1.1 không được hỗ trợ: YAML 1.1 đọc yes/no thành có/không (true/false) và 010 thành 8. Hãy xóa dòng này", en: "The %YAML 1.1 directive is not supported: YAML 1.1 reads yes/no as booleans and 010 as 8. Remove this line" },
  "too-deep": { vi: "Dữ liệu lồng nhau quá sâu (hoặc thụt lề quá {limit} cột); giới hạn là {limit} mức", en: "The data is nested too deeply (or indented more than {limit} columns); the limit is {limit} levels" },
  "yaml-syntax": { vi: "Lỗi cú pháp YAML: {detail}", en: "YAML syntax error: {detail}" },
  "yaml-syntax-flow-colon": { vi: "Lỗi cú pháp YAML: một giá trị trong {…} có dấu hai chấm", en: "YAML syntax error: a value inside {…} holds a colon" },
  "yaml-syntax-indent": { vi: "Lỗi cú pháp YAML: dòng này thụt lề không thẳng hàng với các dòng cùng cấp", en: "YAML syntax error: this line is not indented in line with the lines of its level" },
  "too-many-tokens": { vi: "Tệp có quá nhiều phần tử YAML: đến đây đã quá {limit} khóa, giá trị và dấu - : , [ { (một chuỗi trong dấu nháy tính là một, chú thích không tính); tệp không được đọc tiếp", en: "The file holds too many YAML elements: more than {limit} keys, values and - : , [ { marks by this point (a text in quotes counts as one, comments as none); it was not read further" },
  "too-many-tokens-hint": { vi: "một tệp thật, phiếu của cơ quan hay bộ chỉ số, chỉ có vài nghìn phần tử (vả lại, danh sách quá 500 mục và phần quá 2000 mục cũng không được kiểm tra hết): tệp này có lẽ do một chương trình sinh ra hoặc đã bị hỏng; hãy lấy lại tệp gốc", en: "a real agency or rubric file holds a few thousand (lists past 500 items and mappings past 2000 entries are not checked in full anyway): this one was likely made by a program or damaged; get the original file" },
  "bare-question-mark": { vi: "Dấu ? đứng một mình sau dấu hai chấm là cú pháp riêng của YAML, không phải một giá trị: hãy ghi giá trị; trong tệp của cơ quan, để đánh dấu chưa trả lời, viết nó trong dấu nháy (value: \"?\") hoặc để trống giá trị", en: "A bare ? after a colon is YAML syntax of its own, not a value: write the value; in an agency file, to mark an answer as not given yet, write it in quotes (value: \"?\") or leave the value empty" },
  "tab-indent": { vi: "Thụt lề bằng phím Tab; YAML chỉ cho phép dấu cách", en: "Indentation with a tab; YAML allows only spaces" },
  "tab-spaces": { vi: "thay Tab bằng {hint_tab_spaces} dấu cách, thẳng cột với các dòng cùng cấp", en: "write {hint_tab_spaces} spaces in place of the tab, in line with the lines of its level" },
  "tab-indent-lines": { vi: "{tab_lines} dòng, từ dòng {tab_from} đến dòng {tab_to}, thụt lề bằng phím Tab; YAML chỉ cho phép dấu cách: hãy thay các Tab bằng dấu cách (trình soạn thảo thường đổi được cả tệp một lần)", en: "{tab_lines} lines, from line {tab_from} to line {tab_to}, are indented with tabs; YAML allows only spaces: replace the tabs with spaces (an editor can usually convert the whole file at once)" },
  "duplicate-key": { vi: "\"{key}\" được viết hai lần: {detail}", en: "\"{key}\" is written twice: {detail}" },
  "multiple-documents": { vi: "Tệp chứa nhiều tài liệu YAML (dấu ---); mỗi tệp chỉ được một", en: "The file holds several YAML documents (---); one file must hold one" },
  "unknown-tag": { vi: "Thẻ YAML {tag} không được phép trong tệp dữ liệu", en: "The YAML tag {tag} is not allowed in a data file" },
  "alias-expansion": { vi: "Các bí danh YAML (*alias) làm dữ liệu lớn hơn {limit} ký tự khi được viết ra đầy đủ", en: "YAML aliases (*alias) make the data larger than {limit} characters once written out" },
  "lone-surrogate": { vi: "Văn bản có {escape}, chỉ là một nửa ký tự (mã thay thế UTF-16 đứng một mình), không tệp UTF-8 hay báo cáo nào lưu được: hãy viết cả ký tự (hai mã \\u liền nhau, hoặc chính ký tự đó), hoặc xóa đi", en: "The text holds {escape}, half of a character (a lone UTF-16 surrogate), which no UTF-8 file or report can hold: write the whole character (both \\u escapes together, or the character itself), or remove it" },
  "alias-cycle": { vi: "Bí danh {alias} nằm bên trong chính phần {anchor} mà nó trỏ tới: dữ liệu sẽ lặp vô tận. Hãy viết giá trị ra thay cho bí danh", en: "The alias {alias} is inside the block marked {anchor}, the very block it refers to: the data would never end. Write the value out instead of the alias" },
  "alias-limit": { vi: "Quá nhiều bí danh YAML (*alias), giới hạn là {limit}", en: "Too many YAML aliases (*alias); the limit is {limit}" },
  "empty-file": { vi: "Tệp không có dữ liệu (rỗng, hoặc chỉ có dòng chú thích #)", en: "The file holds no data (it is empty, or holds only # comments)" },
  "root-not-mapping": { vi: "Tệp phải gồm các dòng dạng tên: giá trị (như rubric: …, agency: …), không phải {found}", en: "The file must be made of key: value lines (such as rubric: …, agency: …), not {found}" },
  // Schema
  "missing-field": { vi: "Thiếu trường bắt buộc {fields}", en: "Missing required {count|field|fields} {fields}" },
  "missing-field-in": { vi: "Thiếu trường bắt buộc {fields} trong phần {block}", en: "Missing required {count|field|fields} {fields} in the {block} block" },
  "verified-unanswered": { vi: "Giá trị thẩm định phải là một câu trả lời (hoặc na: true kèm reason); \"?\" hay để trống không được tính là đã thẩm định", en: "A verified value must be an answer (or na: true with a reason); \"?\" or an empty value is no verification" },
  "unknown-field": { vi: "Không có trường \"{field}\" trong định dạng của tệp (kiểm tra lại tên trường)", en: "There is no field \"{field}\" in the file's format (check the field's name)" },
  "wrong-type": { vi: "Sai kiểu giá trị", en: "Wrong type of value" },
  "out-of-range": { vi: "Giá trị nằm ngoài khoảng cho phép", en: "Value out of the allowed range" },
  "evidence-after-submission": { vi: "Minh chứng ghi ngày {date}, sau ngày gửi {submitted}: hãy kiểm tra lại ngày của minh chứng hoặc ngày gửi (nhất là năm)", en: "Evidence dated {date}, after the date the file was sent, {submitted}: check the dates (the year above all), the evidence's or the date sent" },
  "evidence-link-slip": { vi: "Đường dẫn \"{link}\" thiếu hoặc sai phần đầu https:// nên không bấm mở được; hãy ghi: {address}", en: "The link \"{link}\" lacks or misspells its https:// and cannot be clicked; write: {address}" },
  "evidence-link-quoted": { vi: "Đường dẫn \"{link}\" còn dính dấu ngoặc kép dán từ Word nên không bấm mở được; hãy ghi: {address}", en: "The link \"{link}\" kept the quotes it was pasted with (from Word) and cannot be clicked; write: {address}" },
  "evidence-link-slip-offered": { vi: "Đường dẫn \"{link}\" thiếu hoặc sai phần đầu https:// nên không bấm mở được: Enter để dùng {address}, hoặc gõ đường dẫn khác", en: "The link \"{link}\" lacks or misspells its https:// and cannot be clicked: Enter takes {address}, or type another" },
  "evidence-link-quoted-offered": { vi: "Đường dẫn \"{link}\" còn dính dấu ngoặc kép dán từ Word nên không bấm mở được: Enter để dùng {address}, hoặc gõ đường dẫn khác", en: "The link \"{link}\" kept the quotes it was pasted with (from Word) and cannot be clicked: Enter takes {address}, or type another" },
  "evidence-link-broken": { vi: "Đường dẫn \"{link}\" không phải một địa chỉ web hợp lệ; nếu là số, ký hiệu văn bản thì ghi vào trường number, trích yếu thì ghi vào title", en: "The link \"{link}\" is not a valid web address; a document's number goes in number, its summary in title" },
  "evidence-link-hidden": { vi: "Đường dẫn \"{link}\" có một ký tự vô hình ({char} tại ký tự thứ {position}): địa chỉ được mở không phải địa chỉ người đọc thấy; hãy xóa ký tự này", en: "The link \"{link}\" holds an invisible character ({char} at character {position}): the address opened is not the one a reader sees; remove it" },
  "evidence-link-no-document": { vi: "Đường dẫn \"{link}\" là một liên kết {scheme}:, không phải địa chỉ của một văn bản, và không báo cáo nào cho bấm mở: hãy ghi địa chỉ web của văn bản", en: "The link \"{link}\" is a {scheme}: link, not a document's address, and no report makes it clickable: give the document's web address" },
  "evidence-link-several": { vi: "Đường dẫn (link) ghi {count} địa chỉ \"{link}\": mỗi minh chứng ghi một đường dẫn, hãy tách thành các minh chứng riêng", en: "The link holds {count} addresses \"{link}\": one link per evidence item, split them into separate items" },
  "cited-date-differs": { vi: "câu trích dẫn ghi ngày {cited}, còn ngày của mục (date) là {own}: hãy ghi vào date ngày ban hành văn bản", en: "the citation is dated {cited}, the item's date is {own}: write in date the date the document was issued" },
  "missing-field-cited": { vi: "số hiệu văn bản (number) đang ghi cả câu trích dẫn, có đủ các trường còn thiếu: hãy ghi {hint_cited_fields}", en: "the document number (number) holds the whole sentence citing the document, which gives the missing fields: write {hint_cited_fields}" },
  "evidence-number-citation": { vi: "Số hiệu văn bản (number) ghi cả câu trích dẫn văn bản, trong khi trường này chỉ ghi số hiệu: hãy ghi {fields}", en: "The document number (number) holds the whole sentence citing the document, where it takes the number alone: write {fields}" },
  "evidence-before-period": { vi: "Cả {count} văn bản minh chứng có ghi ngày đều trước năm {period} (gần nhất là ngày {latest}): tệp có phải được chép từ tệp năm trước mà chưa cập nhật minh chứng? Hãy kiểm tra lại minh chứng cho kỳ {period}", en: "All {count} dated documents cited are from before {period} (the latest {latest}): was the file copied from last year's, its evidence not updated? Check the evidence for the period {period}" },
  "answer-after-submission": { vi: "Câu trả lời ghi ngày {date}, sau ngày gửi {submitted}: văn bản không thể ghi ngày sau ngày gửi hồ sơ, hãy kiểm tra lại ngày này hoặc ngày gửi (nhất là năm)", en: "The answer is dated {date}, after the date the file was sent, {submitted}: no document is dated after the file was sent; check the dates (the year above all), the answer's or the date sent" },
  "evidence-after-period": { vi: "Minh chứng ghi ngày {date}, quá xa sau kỳ đánh giá {period}: kiểm tra lại ngày (nhất là năm)", en: "Evidence dated {date}, long after the period {period}: check the date (the year above all)" },
  "double-encoded": { vi: "Tệp có vẻ bị lỗi bảng mã (\"{sample}\"): có thể tệp UTF-8 đã được mở theo bảng mã Windows-1252 rồi lưu lại. Riêng điều này không làm tệp bị loại khỏi lần chấm, nhưng tên và ghi chú sẽ hiển thị sai. Hãy lấy lại tệp gốc, và khi sửa thì mở bằng bảng mã UTF-8", en: "The text looks double-encoded (\"{sample}\"): a UTF-8 file was likely opened as Windows-1252 and saved again. This alone does not keep the file from being scored, but names and notes will read garbled. Get the original file, and open it as UTF-8 to edit it" },
  "legacy-font-text": { vi: "Văn bản có vẻ được gõ bằng phông chữ {font} cũ rồi dán vào (\"{sample}\"). Riêng điều này không làm tệp bị loại khỏi lần chấm, nhưng tên và ghi chú sẽ hiển thị sai. Hãy chuyển mã sang Unicode (Unikey: Công cụ chuyển mã, nguồn {font}, đích Unicode) rồi lưu tệp với mã hóa UTF-8", en: "The text looks typed in a legacy {font} font and pasted (\"{sample}\"). This alone does not keep the file from being scored, but names and notes will read garbled. Convert it to Unicode (Unikey's converter: source {font}, destination Unicode) and save the file as UTF-8" },
  "windows-path-escape": { vi: "Trong dấu nháy kép, dấu \\ bắt đầu một ký tự đặc biệt (\\t là dấu Tab, \\n là xuống dòng, \\b là xóa lùi…), nên đường dẫn {written} không được đọc như đã gõ. Riêng điều này không làm tệp bị loại khỏi lần chấm, nhưng đường dẫn sẽ sai ở mọi nơi nó được hiển thị. Hãy dùng dấu nháy đơn: {quoted}", en: "Inside double quotes a \\ starts an escape (\\t is a tab, \\n a line break, \\b a backspace…), so the path {written} is not read as typed. This alone does not keep the file from being scored, but the path will be wrong wherever it is shown. Use single quotes: {quoted}" },
  // Word turns the straight quotes typed around a text curly; YAML keeps those as part of it (quoted-texts.ts).
  "text-in-quotes": { vi: "Văn bản này ({field}) nằm trong dấu nháy cong (Word tự đổi dấu nháy thẳng thành cong), và YAML giữ dấu nháy như một phần của văn bản, in ra trong mọi báo cáo: viết {field}: {written} (dấu nháy thẳng)", en: "This text ({field}) is in curly quotes (Word turns straight quotes curly), which YAML keeps as part of the text and every report prints: write {field}: {written} (straight quotes)" },
  "name-in-quotes": { vi: "Tên cơ quan nằm trong dấu nháy cong, và dấu nháy sẽ được in cùng tên trong mọi bảng xếp hạng: viết name: {written} (dấu nháy thẳng)", en: "The agency name is in curly quotes, which every ranking would print with it: write name: {written} (straight quotes)" },
  "percent-looks-like-share": { vi: "Tỷ lệ {found} % là rất thấp: nếu {found} được chép từ ô định dạng phần trăm của Excel (tức {percent_text} %), hãy viết {percent}", en: "A share of {found} % is very small: if {found} was copied from an Excel percentage cell (that is {percent_text} %), write {percent}" },
  "verified-before-submission": { vi: "Giá trị thẩm định của {codes} có ngày trước ngày gửi {submitted} ({first}: {date}): phiếu được gửi lại sau khi thẩm định, nên câu trả lời có thể đã đổi; giá trị thẩm định vẫn được tính, hãy đối chiếu lại", en: "The verified values of {codes} are dated before the file was sent on {submitted} ({first}: {date}): it was sent again after the verification, so its answers may have changed; the verified values still count, check them again" },
  "submitted-outside-period": { vi: "Ngày gửi {submitted} không thuộc năm của kỳ đánh giá {period} hay năm sau đó: kiểm tra lại ngày (nhất là năm)", en: "The date sent {submitted} is in neither the year of the period {period} nor the year after: check the date (the year above all)" },
  "version-move-command": { vi: "để trả lời theo phiên bản {hint_version}: {hint_command} cho biết những gì thay đổi với tệp rồi chuyển tệp; hoặc sửa thành version: \"{hint_version}\" rồi kiểm tra lại tệp bằng egov-score validate; câu trả lời của các chỉ số đã thay đổi có thể cần xem lại (đơn vị tổng hợp quyết định áp dụng phiên bản nào)", en: "to answer version {hint_version} instead: {hint_command} says what changes for the file and moves it; or write version: \"{hint_version}\" and check the file again with egov-score validate; the answers to indicators that changed may need another look (the collector decides which version applies)" },
  "version-move": { vi: "để trả lời theo phiên bản {hint_version}: egov-score assess tệp này với bộ chỉ số đó cho biết những gì thay đổi với tệp rồi chuyển tệp; hoặc sửa thành version: \"{hint_version}\" rồi kiểm tra lại tệp bằng egov-score validate; câu trả lời của các chỉ số đã thay đổi có thể cần xem lại (đơn vị tổng hợp quyết định áp dụng phiên bản nào)", en: "to answer version {hint_version} instead: egov-score assess on this file with that rubric says what changes for the file and moves it; or write version: \"{hint_version}\" and check the file again with egov-score validate; the answers to indicators that changed may need another look (the collector decides which version applies)" },
  "version-other-year": { vi: "tệp còn ghi kỳ đánh giá {hint_other_year}, còn bộ chỉ số đang dùng dành cho kỳ {rubric_period}: có lẽ là phiếu của năm khác (phiếu năm trước gửi lại); đề nghị cơ quan gửi phiếu kỳ {rubric_period}, đừng sửa phiên bản trong tệp thành {expected}", en: "the file is also for period {hint_other_year}, and the rubric in use for {rubric_period}: likely another year's file (last year's sent again); ask the agency for its {rubric_period} file rather than writing version {expected} into it" },
  "version-later": { vi: "tệp trả lời một phiên bản mới hơn phiên bản {expected} đang dùng: hãy kiểm tra và chấm tệp theo tệp bộ chỉ số phiên bản {found} (--rubric TỆP, lấy từ đơn vị tổng hợp), đừng sửa phiên bản trong tệp về {expected}", en: "the file answers a later version than {expected}, the one in use: check and score it with the rubric file of version {found} (--rubric FILE, from the collector), rather than writing {expected} into it" },
  // egov-score reads the period without them (periodOf): ranked with its year; the quotes are the YAML's, for other programs.
  "name-in-quotes-straight": { vi: "Tên cơ quan có dấu nháy nằm bên trong dấu nháy của YAML, và dấu nháy sẽ được in cùng tên trong mọi bảng xếp hạng: viết name: {written}", en: "The agency name has quotes inside YAML's own, which every ranking would print with it: write name: {written}" },
  "period-in-quotes-straight": { vi: "Kỳ đánh giá có dấu nháy nằm bên trong dấu nháy của YAML, và YAML giữ dấu nháy như một phần của kỳ: egov-score đọc là {written}, nhưng chương trình khác đọc tệp có thể không; viết period: {written}", en: "The period has quotes inside YAML's own, which YAML keeps as part of it: egov-score reads {written}, another program reading the file may not; write period: {written}" },
  "period-in-quotes": { vi: "Kỳ đánh giá nằm trong dấu nháy cong, và YAML giữ dấu nháy như một phần của kỳ: egov-score đọc là {written}, nhưng chương trình khác đọc tệp có thể không; viết period: {written} (dấu nháy thẳng)", en: "The period is in curly quotes, which YAML keeps as part of it: egov-score reads {written}, another program reading the file may not; write period: {written} (straight quotes)" },
  "period-in-words": { vi: "Kỳ đánh giá ghi \"{as_written}\": egov-score đọc là năm {year}, chương trình khác đọc tệp có thể không; viết period: {written} như bộ chỉ số ghi", en: "The period is written \"{as_written}\": egov-score reads the year {year}, another program reading the file may not; write period: {written}, as the rubric writes it" },
  "period-mismatch": { vi: "Tệp ghi kỳ đánh giá {period}, còn bộ chỉ số {rubric} dành cho kỳ {rubric_period}: có thể là phiếu của năm khác", en: "The file is for period {period}, and rubric {rubric} for {rubric_period}: perhaps a file of another year" },
  "invisible-characters": { vi: "Tên cơ quan có {count} ký tự vô hình (mã ký tự và vị trí trong tên: {list}): hãy xóa các ký tự này; nếu không, hai tên trông giống nhau sẽ bị coi là hai cơ quan khác nhau", en: "The agency name holds {count} invisible characters (code point and character number: {list}): remove them, or two names that look the same are taken for two different agencies" },
  "invisible-character": { vi: "Tên cơ quan có một ký tự vô hình ({char} tại ký tự thứ {position}): hãy xóa ký tự này; nếu không, hai tên trông giống nhau sẽ bị coi là hai cơ quan khác nhau", en: "The agency name holds an invisible character ({char} at character {position}): remove it, or two names that look the same are taken for two different agencies" },
  "invisible-characters-respondent": { vi: "Tên người trả lời có {count} ký tự vô hình (mã ký tự và vị trí trong tên: {list}): hãy xóa các ký tự này; nếu không, hai tên trông giống nhau sẽ bị coi là hai người khác nhau", en: "The respondent's name holds {count} invisible characters (code point and character number: {list}): remove them, or two names that look the same are taken for two different people" },
  "invisible-character-respondent": { vi: "Tên người trả lời có một ký tự vô hình ({char} tại ký tự thứ {position}): hãy xóa ký tự này; nếu không, hai tên trông giống nhau sẽ bị coi là hai người khác nhau", en: "The respondent's name holds an invisible character ({char} at character {position}): remove it, or two names that look the same are taken for two different people" },
  "na-as-value": { vi: "để trả lời không áp dụng, thay value bằng na: true và ghi lý do: {na: true, reason: \"…\"}", en: "to answer not applicable, replace value with na: true and a reason: {na: true, reason: \"…\"}" },
  "na-as-value-forbidden": { vi: "bộ chỉ số không cho phép trả lời không áp dụng ở chỉ số này: hãy ghi giá trị, hoặc để trống nếu chưa có (khi đó chỉ số bị tính 0 điểm và ghi là chưa trả lời)", en: "the rubric does not let this indicator be answered not applicable: enter a value, or leave it empty if there is none yet (it scores 0 and is listed as unanswered)" },
  "fraction-as-points": { vi: "fraction là phần của điểm tối đa, từ 0 đến 1 (50 % là 0.5); nếu là số điểm, hãy viết points: {hint_fraction_points}", en: "fraction is a share of the max, from 0 to 1 (50 % is 0.5); for a number of points, write points: {hint_fraction_points}" },
  "translation-left-out-declared": { vi: "bộ chỉ số này khai báo languages: [vi] nên phần tiếng Anh không cần dịch, nhưng mỗi văn bản vẫn phải có en: hãy ghi en: TODO", en: "this rubric declares languages: [vi], so its English need not be translated, but every text still has en: write en: TODO" },
  "translation-left-out": { vi: "mỗi văn bản của bộ chỉ số ghi cả tiếng Việt và tiếng Anh, {vi: \"…\", en: \"…\"}; bộ chỉ số chỉ viết tiếng Việt thì khai báo languages: [vi] và có thể ghi en: TODO", en: "each text of a rubric has Vietnamese and English, {vi: \"…\", en: \"…\"}; a rubric written in Vietnamese only declares languages: [vi] and may write en: TODO" },
  "missing-field-example": { vi: "hãy bổ sung, ví dụ: {example}", en: "add it, for example: {example}" },
  "csv-document": { vi: "tệp chứa một bảng như bảng tính (Excel) lưu dạng CSV, các giá trị cách nhau bởi {separator}, không phải các dòng tên: giá trị: phiếu tự đánh giá được tạo bằng egov-score init (tệp trống để điền) hoặc egov-score assess", en: "the file holds a table as a spreadsheet (Excel) saves one as CSV, its values separated by {separator}, not key: value lines: an agency file is made with egov-score init (a blank file to fill in) or egov-score assess" },
  "web-page-document": { vi: "tệp là một trang web (HTML), như Excel hoặc Word lưu tài liệu dạng Trang web, không phải các dòng tên: giá trị: phiếu tự đánh giá được tạo bằng egov-score init (tệp trống để điền) hoặc egov-score assess", en: "the file is a web page (HTML), as Excel or Word saves a document as a Web Page, not key: value lines: an agency file is made with egov-score init (a blank file to fill in) or egov-score assess" },
  "office-document": { vi: "tệp này là một tài liệu Word hoặc Excel (.docx, .xlsx, .doc, .xls), không phải văn bản thuần: tạo tệp mới bằng egov-score init, hoặc chép nội dung sang Notepad hay VS Code rồi lưu dạng văn bản UTF-8 với đuôi .yaml", en: "this is a Word or Excel document (.docx, .xlsx, .doc, .xls), not plain text: make a new file with egov-score init, or copy the content into Notepad or VS Code and save it as UTF-8 text named .yaml" },
  "space-after-colon": { vi: "sau dấu hai chấm phải có một dấu cách: viết {hint_colon}", en: "a colon needs a space after it: write {hint_colon}" },
  "when-missing-needs-required": { vi: "when_missing nói câu trả lời thiếu minh chứng bắt buộc thì xử lý thế nào: chỉ dùng cùng required: true (thêm required: true, hoặc bỏ when_missing)", en: "when_missing says what an answer short of its required evidence does: it goes with required: true (add it, or remove when_missing)" },
  "answer-field-in-evidence": { vi: "\"{hint_item_answer_field}\" là trường của câu trả lời, không phải của một mục minh chứng: viết nó thẳng cột với value:, dưới danh sách minh chứng", en: "\"{hint_item_answer_field}\" belongs to the answer, not to an evidence item: write it in line with value:, below the evidence list" },
  "answer-field-outdented-held": { vi: "\"{hint_answer_field}\" là một trường của câu trả lời, không phải mã chỉ số, nhưng câu trả lời {hint_answer_field_held} phía trên đã có {hint_answer_field}: xóa dòng này (và các dòng thụt lề dưới nó), hoặc chép nội dung cần giữ vào {hint_answer_field} của {hint_answer_field_held} rồi xóa", en: "\"{hint_answer_field}\" belongs to an answer, it is no indicator code, but the answer {hint_answer_field_held} above has its {hint_answer_field} already: delete this line (and the lines indented under it), or copy what to keep into {hint_answer_field_held}'s {hint_answer_field} first" },
  "answer-field-outdented": { vi: "\"{hint_answer_field}\" là một trường của câu trả lời, không phải mã chỉ số: thụt lề nó vào dưới câu trả lời phía trên, thẳng cột với các trường của câu trả lời đó (value:, evidence: …)", en: "\"{hint_answer_field}\" belongs to an answer, it is no indicator code: indent it under the answer above, in line with that answer's fields (value:, evidence: …)" },
  "comma-in-braces-percent": { vi: "trong dấu ngoặc {…} dấu phẩy ngăn cách các mục, nên phần thập phân {digits} và dấu % bị tách thành một mục riêng: viết dấu chấm thập phân và bỏ dấu % ({meant}, không phải {written})", en: "inside {…} a comma separates entries, so the decimals {digits} and the % sign became a key of their own: write a decimal point and no % sign ({meant}, not {written})" },
  "comma-in-braces": { vi: "trong dấu ngoặc {…} dấu phẩy ngăn cách các mục, nên phần thập phân {digits} bị tách thành một mục riêng: viết dấu chấm thập phân ({meant}, không phải {written})", en: "inside {…} a comma separates entries, so the decimals {digits} became a key of their own: write a decimal point ({meant}, not {written})" },
  "no-such-date": { vi: "Không có ngày này trên lịch: {found}", en: "There is no such day: {found}" },
  "merge-key": { vi: "Khóa gộp << (merge key) không được hỗ trợ: nó không chép gì vào đây; hãy viết đầy đủ các trường (một bí danh *tên đứng riêng thì được)", en: "The merge key << is not supported: it copies nothing in here; write the fields out (an alias *name on its own is fine)" },
  "empty-value": { vi: "Chưa điền (bắt buộc)", en: "Left empty (required)" },
  "not-allowed-value": { vi: "Giá trị không thuộc danh sách cho phép", en: "Value not among the allowed ones" },
  "bad-format": { vi: "Sai định dạng", en: "Wrong format" },
  "too-short": { vi: "Giá trị quá ngắn hoặc rỗng", en: "Value too short or empty" },
  "too-long": { vi: "Giá trị quá dài: {count} ký tự", en: "Value too long: {count} characters" },
  "duplicate-item": { vi: "Danh sách có phần tử lặp", en: "The list repeats an item" },
  "invalid-value": { vi: "Giá trị không hợp lệ ({detail})", en: "Invalid value ({detail})" },
  // Agency files
  "unknown-no-fit": { vi: "{hint_no_fit}, mã gần nhất tệp chưa trả lời, không nhận câu trả lời này, các mã gần khác cũng không: egov-score assess tệp này để riêng nó thành ghi chú phía trên answers: (không chấm, không mất gì) hoặc xóa nó", en: "{hint_no_fit}, the nearest code the file leaves unanswered, does not take this answer, nor does another near it: egov-score assess on this file keeps it aside in a comment above answers: (not scored, nothing lost) or removes it" },
  "unknown-indicator": { vi: "Không có chỉ số \"{code}\" trong bộ chỉ số {rubric}", en: "There is no indicator \"{code}\" in rubric {rubric}" },
  "ambiguous-number": { vi: "{source} có thể hiểu theo hai cách: {thousands} (số hàng nghìn, như tiếng Việt viết dấu chấm ngăn hàng nghìn) hoặc {value_text} (số thập phân, như YAML đọc dấu chấm là dấu thập phân). Nếu là {thousands}, hãy viết {thousands} (không có dấu chấm); nếu là {value_text}, hãy viết {decimal}", en: "{source} can be read two ways: {thousands} (thousands, as Vietnamese writes them with a dot) or {value_text} (a decimal, as YAML reads the dot). For {thousands} write {thousands} (no dots); for {value_text} write {decimal}" },
  "ambiguous-number-padded": { vi: "{source} có thể hiểu theo hai cách: {thousands} (số hàng nghìn, như tiếng Việt viết dấu chấm ngăn hàng nghìn) hoặc {value_text} (số thập phân, như YAML đọc dấu chấm là dấu thập phân). Nếu là {thousands}, hãy viết {thousands} (không có dấu chấm); nếu là {value_text}, hãy viết {decimal}: số 0 thêm ở cuối không đổi giá trị mà cho biết dấu chấm là dấu thập phân", en: "{source} can be read two ways: {thousands} (thousands, as Vietnamese writes them with a dot) or {value_text} (a decimal, as YAML reads the dot). For {thousands} write {thousands} (no dots); for {value_text} write {decimal}: the 0 added at the end keeps the value and marks the dot as a decimal point" },
  "ambiguous-number-whole": { vi: "YAML đọc {source} thành {value_text} vì dấu chấm là dấu thập phân, nhưng câu trả lời này là số nguyên: nếu là số hàng nghìn, hãy viết {thousands} (không có dấu chấm)", en: "YAML reads {source} as {value}: the dot is a decimal point, but this answer is a whole number: for thousands write {thousands} (no dots)" },
  "non-decimal-number": { vi: "YAML đọc {source} thành {value} (số hệ 16/8/2); hãy viết số thập phân thông thường", en: "YAML reads {source} as {value} (a hex, octal or binary number); write an ordinary decimal number" },
  "decimal-comma": { vi: "\"{source}\" không phải là số: dùng dấu chấm cho phần thập phân (1.5) và không dùng dấu phân cách hàng nghìn", en: "\"{source}\" is not a number: use a dot for decimals (1.5) and no thousands separator" },
  "number-quoted-ambiguous": { vi: "\"{source}\" trong dấu nháy là chuỗi ký tự; bỏ dấu nháy thì YAML đọc dấu chấm là dấu thập phân: nếu là số hàng nghìn, hãy viết {thousands}; nếu là số thập phân, hãy viết {decimal} (không dấu nháy)", en: "\"{source}\" in quotes is text, and without the quotes YAML reads the dot as a decimal point: write {thousands} for thousands, or {decimal} (no quotes)" },
  "number-quoted-ambiguous-padded": { vi: "\"{source}\" trong dấu nháy là chuỗi ký tự; bỏ dấu nháy thì YAML đọc dấu chấm là dấu thập phân: nếu là số hàng nghìn, hãy viết {thousands}; nếu là số thập phân, hãy viết {decimal} (không dấu nháy; số 0 thêm ở cuối không đổi giá trị mà cho biết dấu chấm là dấu thập phân)", en: "\"{source}\" in quotes is text, and without the quotes YAML reads the dot as a decimal point: write {thousands} for thousands, or {decimal} (no quotes; the 0 added at the end keeps the value and marks the dot as a decimal point)" },
  "number-quoted-thousands": { vi: "\"{source}\" trong dấu nháy là chuỗi ký tự, và câu trả lời này là số nguyên: nếu là số hàng nghìn, hãy viết {thousands} (không dấu chấm, không dấu nháy)", en: "\"{source}\" in quotes is text, and this answer is a whole number: for thousands write {thousands} (no dots, no quotes)" },
  "number-quoted": { vi: "\"{source}\" trong dấu nháy là chuỗi ký tự, không phải số: hãy bỏ dấu nháy", en: "\"{source}\" in quotes is text, not a number: remove the quotes" },
  "boolean-quoted": { vi: "\"{source}\" trong dấu nháy là chuỗi ký tự, không phải giá trị có/không (true/false): hãy bỏ dấu nháy", en: "\"{source}\" in quotes is text, not a yes/no value: remove the quotes" },
  "boolean-word": { vi: "\"{source}\" là chữ, YAML không đọc thành có/không: hãy viết true (có) hoặc false (không)", en: "\"{source}\" is not a yes/no value: write true or false" },
  "percent-as-fraction": { vi: "\"{source}\": ở đây là một tỷ lệ từ 0 đến 1, không kèm dấu %: viết {as_fraction}", en: "\"{source}\": this is a share from 0 to 1, without a % sign: write {as_fraction}" },
  "finding-about": { vi: "chỉ số {code}", en: "indicator {code}" },
  "finding-field": { vi: "trường {field}", en: "field {field}" },
  "finding-indicator": { vi: "chỉ số {code}: {title}", en: "indicator {code}: {title}" },
  "unit-magnitude": { vi: "chỉ số này ghi theo đơn vị {unit}: {value} đổi ra {unit} là {converted}, hãy ghi {converted}", en: "this answer is written in {unit}: {value} is {converted} {unit}; write {converted}" },
  "number-with-unit": { vi: "\"{source}\": chỉ ghi con số, không kèm đơn vị hay chữ (ghi {number})", en: "\"{source}\": write the number alone, without a unit or words ({number})" },
  "percent-sign-not-asked": { vi: "\"{source}\": câu này không hỏi tỷ lệ phần trăm: hãy ghi số, không kèm dấu %", en: "\"{source}\": this question does not ask a percentage: no % sign" },
  "percent-sign-suggested": { vi: "\"{source}\": viết số phần trăm không kèm dấu %", en: "\"{source}\": write the percentage without the % sign" },
  "figure-words-before": { vi: "chỉ ghi con số, bỏ \"{hint_words_before}\" phía trước: viết {hint_figure} nếu đúng là số liệu; số ước tính thì ghi rõ ở note:", en: "write the number alone, without \"{hint_words_before}\" before it: write {hint_figure} if that is the figure; say it is an estimate under note:" },
  "percent-sign": { vi: "\"{source}\": viết số phần trăm không kèm dấu % (ví dụ 95, không phải 95%)", en: "\"{source}\": write the percentage without the % sign (e.g. 95, not 95%)" },
  "fraction-a-gt-b": { vi: "Tử số a = {a} lớn hơn mẫu số b = {b}", en: "The numerator a = {a} is greater than the denominator b = {b}" },
  "zero-denominator": { vi: "Mẫu số b = 0 không được chấp nhận cho chỉ số này", en: "A zero denominator b = 0 is not accepted for this indicator" },
  "evidence-missing": { vi: "Chỉ số {code} phải có ít nhất {min} minh chứng, hiện có {count}: hãy bổ sung vào evidence", en: "Indicator {code} needs at least {min} evidence {min|item|items}; it has {count}: add to evidence" },
  "evidence-missing-no-points": { vi: "Chỉ số {code} phải có ít nhất {min} minh chứng, hiện có {count}: theo bộ chỉ số, câu trả lời không được tính điểm cho đến khi bổ sung vào evidence", en: "Indicator {code} needs at least {min} evidence {min|item|items}; it has {count}: under the rubric the answer earns no points until they are added" },
  "na-not-allowed": { vi: "Chỉ số {code} không cho phép trả lời không áp dụng: hãy ghi giá trị, hoặc để trống nếu chưa có", en: "Indicator {code} does not allow a not-applicable answer: give a value, or leave it empty if there is none yet" },
  "na-not-allowed-verified": { vi: "Chỉ số {code} không cho phép trả lời không áp dụng: hãy ghi giá trị thẩm định, hoặc bỏ phần verified nếu không thẩm định chỉ số này", en: "Indicator {code} does not allow a not-applicable answer: give a verified value, or remove the verified block if this indicator is not verified" },
  "finding-verified": { vi: "Giá trị thẩm định", en: "Verified value" },
  "finding-verified-block": { vi: "Phần thẩm định (verified) của đơn vị tổng hợp", en: "The collector's verified block" },
  "verified-block-error": { vi: "lỗi này nằm trong phần thẩm định (verified) do đơn vị tổng hợp ghi thêm, không phải trong câu trả lời của cơ quan: khi chưa sửa, phiếu không được chấm và cơ quan không có tên trong bảng xếp hạng (điểm tự chấm không được dùng thay)", en: "this is in the verified block the collector added, not in the agency's answer: until it is corrected the file is not scored and the agency is not in the ranking (its self-score is not used in its place)" },
  "reason-without-na": { vi: "Chỉ số {code} có lý do không áp dụng (reason) nhưng thiếu na: true, nên được tính là chưa trả lời (0 điểm): nếu chỉ số không áp dụng, thêm na: true", en: "{code} has a reason for not applicable but no na: true, so it counts as unanswered (0 points): if the indicator does not apply, add na: true" },
  "value-line-missing": { vi: "Câu trả lời {code} không có dòng value: (chỉ có {held}), nên được tính là chưa trả lời (0 điểm)", en: "The answer to {code} has no value: line (only {held}), so it counts as unanswered (0 points)" },
  "value-line-missing-hint": { vi: "ghi câu trả lời trên một dòng value: … dưới mã chỉ số, thẳng cột với {hint_value_line}: (hoặc value: \"?\" nếu để trả lời sau)", en: "write the answer on a line value: … under the code, in line with {hint_value_line}: (or value: \"?\" to leave it for later)" },
  "reason-with-value": { vi: "Chỉ số {code} có giá trị và cả lý do không áp dụng (reason): câu trả lời được chấm theo giá trị; xóa reason nếu không cần, hoặc thay giá trị bằng na: true nếu chỉ số không áp dụng", en: "{code} has a value and a reason for not applicable: the value is scored; remove the reason, or replace the value with na: true if the indicator does not apply" },
  "evidence-with-na": { vi: "Chỉ số {code} không áp dụng (na: true) nhưng vẫn có minh chứng (evidence): minh chứng của câu trả lời không áp dụng không được chấm; xóa evidence, hoặc thay na: true và reason bằng giá trị mà minh chứng chứng minh", en: "{code} is not applicable (na: true) but still has evidence: evidence on an N/A answer is not scored; remove the evidence, or replace na: true and its reason with the value it supports" },
  "na-with-value": { vi: "Không thể vừa «không áp dụng» (na: true) vừa có giá trị", en: "An answer cannot be not-applicable (na: true) and have a value" },
  "rubric-mismatch": { vi: "Tệp trả lời bộ chỉ số \"{found}\" nhưng đang chấm theo \"{expected}\"", en: "The file answers rubric \"{found}\" but is being scored with \"{expected}\"" },
  "not-rubric-file": { vi: "Tệp này không phải bộ chỉ số: đây là phiếu tự đánh giá của một cơ quan (có phần agency hay answers)", en: "This is not a rubric: it is an agency file (it has agency or answers)" },
  "not-rubric-file-fixtures": { vi: "Tệp này không phải bộ chỉ số: đây là tệp kết quả mong đợi của bộ kiểm thử bộ chỉ số (có phần fixtures)", en: "This is not a rubric: it is the expected results of a rubric's fixtures (it has fixtures)" },
  "not-rubric-file-other": { vi: "Tệp này không phải bộ chỉ số: không có phần nào mà một bộ chỉ số có ở đầu tệp (id, version, groups, bands…)", en: "This is not a rubric: it has none of the parts a rubric has at its top (id, version, groups, bands…)" },
  "not-rubric-hint-agency": { vi: "kiểm tra phiếu bằng egov-score validate, chấm điểm bằng egov-score score; --rubric và rubric lint nhận tệp bộ chỉ số (như trong thư mục rubrics/)", en: "check an agency file with egov-score validate and score it with egov-score score; --rubric and rubric lint take a rubric file (as in rubrics/)" },
  "not-rubric-hint-fixtures": { vi: "egov-score rubric test chạy bộ kiểm thử khi được nêu tệp bộ chỉ số, không phải expected.yaml; --rubric và rubric lint nhận tệp bộ chỉ số (như trong thư mục rubrics/)", en: "egov-score rubric test runs the fixtures given their rubric, not its expected.yaml; --rubric and rubric lint take a rubric file (as in rubrics/)" },
  "not-rubric-hint-fixtures-of": { vi: "bộ kiểm thử này chạy bằng egov-score rubric test {fixtures_rubric} (nêu bộ chỉ số, không phải expected.yaml); --rubric và rubric lint nhận tệp bộ chỉ số (như trong thư mục rubrics/)", en: "these fixtures run with egov-score rubric test {fixtures_rubric} (the rubric, not its expected.yaml); --rubric and rubric lint take a rubric file (as in rubrics/)" },
  "not-rubric-hint-other": { vi: "--rubric và rubric lint nhận tệp bộ chỉ số (như trong thư mục rubrics/); egov-score schema rubric in ra định dạng của bộ chỉ số", en: "--rubric and rubric lint take a rubric file (as in rubrics/); egov-score schema rubric prints the rubric format" },
  "not-agency-file": { vi: "Tệp này không phải phiếu tự đánh giá của cơ quan: không có phần nào của phiếu (rubric, agency, period, answers)", en: "This is not an agency file: it has none of an agency file's parts (rubric, agency, period, answers)" },
  "not-agency-rubric": { vi: "đây là tệp bộ chỉ số: để chấm các phiếu theo bộ chỉ số này, ghi nó sau --rubric; để kiểm tra bộ chỉ số, dùng egov-score rubric lint", en: "this is a rubric: to score agency files against it, give it with --rubric; to check it, use egov-score rubric lint" },
  "not-agency-fixtures": { vi: "đây là tệp kết quả mong đợi của bộ kiểm thử bộ chỉ số (expected.yaml): egov-score rubric test chạy nó", en: "this is the expected results of a rubric's fixtures (expected.yaml): egov-score rubric test runs them" },
  "not-agency-other": { vi: "egov-score init viết một phiếu trống theo bộ chỉ số để điền", en: "egov-score init writes a blank agency file for a rubric, to fill in" },
  "rubric-from-option": { vi: "Tệp không ghi bộ chỉ số (rubric) nên được đọc là phiếu tự đánh giá theo bộ chỉ số {rubric} phiên bản {version}, bộ chỉ số ghi sau --rubric", en: "The file names no rubric: it was read as answering rubric {rubric} version {version}, the one --rubric gives" },
  "rubric-line": { vi: "thêm dòng này ở đầu tệp: {hint_rubric_line}", en: "add this line at the top of the file: {hint_rubric_line}" },
  "rubric-line-or-option": { vi: "thêm dòng này ở đầu tệp: {hint_rubric_line} (bộ chỉ số đã dùng để kiểm tra tệp), hoặc ghi bộ chỉ số sau --rubric", en: "add this line at the top of the file: {hint_rubric_line} (the rubric the file was checked against), or name the rubric with --rubric" },
  "rubric-line-fill": { vi: "viết dòng này thay cho dòng rubric: để trống: {hint_rubric_line}", en: "write this line in place of the empty rubric: {hint_rubric_line}" },
  "rubric-line-fill-or-option": { vi: "viết dòng này thay cho dòng rubric: để trống: {hint_rubric_line} (bộ chỉ số đã dùng để kiểm tra tệp), hoặc ghi bộ chỉ số sau --rubric", en: "write this line in place of the empty rubric: {hint_rubric_line} (the rubric the file was checked against), or name the rubric with --rubric" },
  "rubric-of-type": { vi: "loại cơ quan {type} không thuộc bộ chỉ số {option_rubric} ghi sau --rubric: tệp này có lẽ dành cho bộ chỉ số {hint_type_rubric}, nên không được đọc là phiếu theo bộ chỉ số {option_rubric}; thêm dòng trên rồi chấm không có --rubric, mỗi tệp khi đó được chấm theo bộ chỉ số tệp ghi", en: "the agency type {type} is not one of rubric {option_rubric}'s, which --rubric gives: the file is likely for rubric {hint_type_rubric}, so it is not read as answering {option_rubric}; add the line above, then score without --rubric, each file then with the rubric it names" },
  "rubric-line-complete": { vi: "viết đủ dòng này: {hint_rubric_line} (bộ chỉ số đã dùng để kiểm tra tệp)", en: "write the line in full: {hint_rubric_line} (the rubric the file was checked against)" },
  "rubric-file-near": { vi: "bộ chỉ số \"{id}\" có ở tệp {hint_rubric_file}: thêm --rubric {hint_rubric_file}", en: "rubric \"{id}\" is in the file {hint_rubric_file}: add --rubric {hint_rubric_file}" },
  "rubric-named-in-file": { vi: "bỏ --rubric thì mỗi tệp được chấm theo bộ chỉ số tệp ghi (tệp này: {found}); chỉ sửa dòng rubric của tệp thành {expected} nếu các câu trả lời trong tệp đúng là của bộ chỉ số {expected}", en: "leave out --rubric and each file is scored with the rubric it names ({found} for this one); write {expected} in the file's rubric line only if its answers are indeed {expected}'s" },
  "rubric-version-mismatch": { vi: "Tệp trả lời phiên bản {found} của bộ chỉ số {rubric}, bộ chỉ số đang dùng là phiên bản {expected}", en: "The file answers version {found} of rubric {rubric}; the rubric in use is version {expected}" },
  "rubric-not-found": { vi: "Không tìm thấy bộ chỉ số \"{id}\" (phiên bản {version}) trong các bộ chỉ số có sẵn; dùng --rubric <đường-dẫn>", en: "Rubric \"{id}\" (version {version}) is not among the bundled rubrics; use --rubric <path>" },
  "part-unanswered": { vi: "Câu trả lời {code} còn thiếu {count} ý ({fields}: bỏ trống hoặc ?): câu này được tính điểm theo các ý đã trả lời, {count|ý còn thiếu|các ý còn thiếu} chưa được điểm nào cho đến khi trả lời (ý là số lượng mà không có thì ghi 0)", en: "The answer to {code} leaves {count} {count|part|parts} unanswered ({fields}: left out or ?): it is scored on the parts given, {count|that part earning|those parts earning} nothing until answered (a number with nothing to count is answered 0)" },
  "fraction-part-unanswered": { vi: "Câu trả lời {code} mới có một vế của phân số, còn thiếu {fields} (bỏ trống hoặc ?): câu này được tính là chưa trả lời cho đến khi có đủ a và b", en: "The answer to {code} gives one half of the fraction and leaves {fields} out (empty or ?): it counts as unanswered until both a and b are given" },
  "verified-part-unanswered": { vi: "Giá trị thẩm định của {code} còn thiếu {count} ý ({fields}: bỏ trống hoặc ?): điểm thẩm định tính theo các ý đã có, {count|ý còn thiếu|các ý còn thiếu} không được điểm nào", en: "The verified value of {code} leaves {count} {count|part|parts} out ({fields}: left out or ?): the verified score counts the parts given, {count|that part earning|those parts earning} nothing" },
  "not-applicable-answered": { vi: "Chỉ số {code} không áp dụng cho loại cơ quan «{type_label}» ({type}); câu trả lời và giá trị thẩm định (nếu có) bị bỏ qua", en: "Indicator {code} does not apply to the agency type “{type_label}” ({type}); its answer and any verified value are ignored" },
  "date-out-of-range": { vi: "Ngày {found} nằm ngoài khoảng cho phép", en: "The date {found} is outside the allowed range" },
  // Rubric semantics
  "duplicate-code": { vi: "Mã {code} bị trùng (đã dùng ở dòng {first})", en: "Code {code} is used twice (first at line {first})" },
  "code-prefix": { vi: "Mã {code} phải bắt đầu bằng mã nhóm cha {parent}.", en: "Code {code} must start with its parent's code {parent}." },
  "code-order": { vi: "Mã {code} đứng sau {previous}: hãy xếp theo thứ tự tự nhiên", en: "Code {code} comes after {previous}: list siblings in natural order" },
  "max-mismatch-type": { vi: "Điểm tối đa của nhóm {code} là {declared} nhưng với loại cơ quan {type}, tổng các mục con áp dụng là {sum}: sửa max của nhóm, hoặc max của mục con bị sai", en: "The max of group {code} is {declared} but for agency type {type} the children that apply add up to {sum}: fix the group's max, or the max of the child that is wrong" },
  "max-mismatch": { vi: "Điểm tối đa của nhóm {code} là {declared} nhưng tổng các mục con là {sum}: sửa max của nhóm, hoặc max của mục con bị sai", en: "The max of group {code} is {declared} but its children add up to {sum}: fix the group's max, or the max of the child that is wrong" },
  "scale-mismatch": { vi: "Thang điểm là {declared} nhưng tổng điểm tối đa các nhóm là {sum}: sửa scale, hoặc max của nhóm bị sai", en: "The scale is {declared} but the groups' maxima add up to {sum}: fix the scale, or the max of the group that is wrong" },
  "info-only-points": { vi: "Chỉ số chỉ thu thập thông tin {code} phải có max: 0 và không có rule", en: "Information-only indicator {code} must have max: 0 and no rule" },
  "rule-missing": { vi: "Chỉ số {code} không có quy tắc chấm điểm (rule); nếu chỉ thu thập thông tin, đặt info_only: true và max: 0", en: "Indicator {code} has no scoring rule; if it only collects information, set info_only: true and max: 0" },
  "rule-input-mismatch": { vi: "Quy tắc {rule} không dùng được với kiểu trả lời {input}", en: "Rule {rule} cannot score an input of type {input}" },
  "unknown-field-ref": { vi: "Quy tắc dùng trường \"{field}\" không có trong input.fields (các trường đã khai báo: {fields})", en: "The rule names field \"{field}\", which input.fields does not declare (it declares: {fields})" },
  "unknown-field-ref-no-fields": { vi: "Quy tắc dùng trường \"{field}\", nhưng kiểu trả lời {input} không có trường nào (chỉ kiểu parts có input.fields)", en: "The rule names field \"{field}\", but an input of type {input} has no fields (only parts have input.fields)" },
  "term-max-missing": { vi: "Mỗi phần của quy tắc sum cần có max", en: "Each part of a sum rule needs a max" },
  "points-exceed-max": { vi: "{what} của {code} cho {points} điểm, vượt điểm tối đa {max}: hãy ghi không quá {max}, hoặc nâng điểm tối đa (max)", en: "{what} of {code} gives {points} points, above the max of {max}: write at most {max}, or raise the max" },
  "bands-order": { vi: "Các mức xếp loại phải xếp từ min cao nhất xuống thấp nhất: {min} sau {previous}", en: "Band levels must go from the highest min to the lowest: {min} after {previous}" },
  "bands-order-steps": { vi: "Các bậc của quy tắc phải xếp từ min cao nhất xuống thấp nhất (bậc đầu tiên câu trả lời đạt tới được tính): {min} sau {previous}", en: "A rule's steps must go from the highest min to the lowest (the first step the answer reaches counts): {min} after {previous}" },
  "bands-order-equal": { vi: "Hai mức xếp loại có cùng min {min}: không cơ quan nào được xếp vào mức sau; mỗi mức cần min riêng, thấp hơn mức trước", en: "Two band levels share the min {min}: the second is never reached; give each level a min below the one before it" },
  "bands-order-steps-equal": { vi: "Hai bậc của quy tắc có cùng min {min}: bậc sau không bao giờ được tính (bậc đầu tiên câu trả lời đạt tới được tính); mỗi bậc cần min riêng, thấp hơn bậc trước", en: "Two of the rule's steps share the min {min}: the second never counts (the first step the answer reaches counts); give each step a min below the one before it" },
  "bands-order-levels-reversed": { vi: "Các mức xếp loại đang xếp từ min thấp lên cao ({mins}): hãy xếp từ cao xuống thấp ({reversed})", en: "The band levels are listed from the lowest min up ({mins}): list them from the highest down ({reversed})" },
  "bands-order-steps-reversed": { vi: "Các bậc của quy tắc đang xếp từ min thấp lên cao ({mins}): hãy xếp từ cao xuống thấp ({reversed}); bậc đầu tiên câu trả lời đạt tới được tính", en: "The rule's steps are listed from the lowest min up ({mins}): list them from the highest down ({reversed}); the first step the answer reaches counts" },
  "piecewise-order": { vi: "Các điểm của piecewise phải có x tăng dần: {x} sau {previous}", en: "Piecewise points must have increasing x: {x} after {previous}" },
  "piecewise-order-equal": { vi: "Hai điểm của piecewise có cùng x = {x}: đường tính điểm không thể dựng đứng tại đó; hãy bỏ một trong hai điểm, hoặc nếu điểm số nhảy bậc tại {x} thì dùng quy tắc bands (các bậc steps) thay cho piecewise", en: "Two piecewise points share x = {x}: the line cannot go straight up there; drop one of the two points, or, for a jump in points at {x}, use a bands rule (steps) instead of piecewise" },
  "unknown-agency-type-ref": { vi: "Loại cơ quan \"{type}\" chưa khai báo trong agency_types", en: "Agency type \"{type}\" is not declared in agency_types" },
  "unknown-code-ref": { vi: "Mã \"{code}\" không có trong bộ chỉ số", en: "Code \"{code}\" does not exist in the rubric" },
  "relative-nested": { vi: "Quy tắc {rule} phải là quy tắc riêng của chỉ số, không nằm trong sum hay best_of", en: "Rule {rule} must be the indicator's own rule, not inside a sum or best_of" },
  "duplicate-id": { vi: "Mã định danh {id} bị trùng (đã dùng ở dòng {first})", en: "The id {id} is used twice (first at line {first})" },
  "source-date-epoch-unused": { vi: "Không dùng được SOURCE_DATE_EPOCH={value}: cần một số giây nguyên tính từ 01/01/1970, không quá 253402275599 (hết năm 9999 giờ Việt Nam; số mili giây là quá lớn); báo cáo ghi thời điểm hiện tại", en: "SOURCE_DATE_EPOCH={value} is not used: it must be a whole number of seconds since 1970-01-01, at most 253402275599 (the end of the year 9999 in Vietnam; milliseconds are too many); the report is stamped with the current time" },
  "mixed-periods": { vi: "Bộ chỉ số {rubric}: các phiếu thuộc nhiều kỳ đánh giá ({periods}) đang được xếp hạng chung; hãy chấm riêng từng kỳ", en: "Rubric {rubric}: files for several periods ({periods}) are ranked together; score each period on its own" },
  "period-count": { vi: "kỳ {period}: {count} phiếu", en: "{period}: {count} {count|file|files}" },
  "unusual-space-zero-width": { vi: "dòng này có một ký tự vô hình ({char} tại cột {col}), thường do dán từ Word hoặc Zalo: hãy xóa ký tự này", en: "this line holds an invisible character ({char} at column {col}), usually pasted from Word or a chat app: delete it" },
  "unusual-space": { vi: "dòng này có một ký tự trông như dấu cách nhưng không phải ({char} tại cột {col}), thường do dán từ Word hoặc Zalo: hãy xóa và gõ lại dấu cách thường", en: "this line holds a character that looks like a space but is not one ({char} at column {col}), usually pasted from Word or a chat app: delete it and type an ordinary space" },
  "output-is-input": { vi: "{file} là tệp mà lần chạy này đọc (tệp của cơ quan hoặc bộ chỉ số): báo cáo không ghi đè lên nó, kể cả với --force", en: "{file} is a file this run reads (an agency file or the rubric): a report does not overwrite it, even with --force" },
  "too-many-entries": { vi: "Phần này có {count} mục, nhiều hơn giới hạn {limit}; chỉ {limit} mục đầu được kiểm tra", en: "This mapping has {count} entries, more than the limit of {limit}; only the first {limit} were checked" },
  "too-many-items": { vi: "Danh sách có {count} mục, nhiều hơn giới hạn {limit}; chỉ {limit} mục đầu được kiểm tra", en: "The list has {count} items, more than the limit of {limit}; only the first {limit} were checked" },
  "too-many-indicators": { vi: "Bộ chỉ số có {count} chỉ số, nhiều hơn giới hạn {limit}", en: "The rubric has {count} indicators, more than the limit of {limit}" },
  "cohort-id-type": { vi: "Khối xếp hạng {cohort} trùng mã với loại cơ quan {cohort}, loại không thuộc khối nào: các cơ quan loại này (được xếp hạng theo loại) sẽ bị xếp hạng chung với khối này; đặt mã khác cho khối, hoặc đưa loại {cohort} vào agency_types của một khối", en: "Cohort {cohort} has the id of agency type {cohort}, which no cohort lists: agencies of that type (ranked by their type) would be ranked in this cohort; give the cohort another id, or list type {cohort} in a cohort's agency_types" },
  "aggregate-overlap": { vi: "Trụ cột {id} sẽ tính điểm hai lần: {code} và {other} đều được liệt kê trong include nhưng là cùng một mục, hoặc mục này nằm trong mục kia", en: "Aggregate {id} would count points twice: {code} and {other} are both in its include, but they name the same group or indicator, or one is inside the other" },
  "floor-above-max": { vi: "Mức sàn (floor) {floor} của nhóm {code} cao hơn {key} = {limit}: nhóm sẽ được nhiều điểm hơn mức {key} cho phép", en: "The floor {floor} of group {code} is above its {key} = {limit}: the group would score more than its {key} allows" },
  "max-decimals": { vi: "Giá trị {key} {value} của {code} có nhiều chữ số thập phân hơn mức làm tròn điểm (rounding.decimals: {decimals}): giá trị này sẽ được tính là {carried}, và điểm sẽ không cộng lại đúng như bộ chỉ số ghi; hãy ghi rounding: {decimals: {needed}}", en: "The {key} {value} of {code} has more decimals than points are rounded to (rounding.decimals: {decimals}): it would be counted as {carried}, and the points would not add up as the rubric says; write rounding: {decimals: {needed}}" },
  "max-decimals-too-fine": { vi: "Giá trị {key} {value} của {code} có hơn 4 chữ số thập phân, mức làm tròn điểm cao nhất (rounding.decimals tối đa là 4): giá trị này sẽ được tính là {carried}; hãy ghi nó với tối đa 4 chữ số thập phân", en: "The {key} {value} of {code} has more than 4 decimals, the finest points can be rounded to (rounding.decimals is at most 4): it would be counted as {carried}; write it with at most 4 decimals" },
  "bad-range": { vi: "{low} = {min} không nhỏ hơn {high} = {max}: không có hoặc chỉ có một câu trả lời nằm trong khoảng này", en: "{low} = {min} is not below {high} = {max}: no answer, or only one, fits in this range" },
  "bad-range-above": { vi: "{low} = {min} lớn hơn {high} = {max}: không có câu trả lời nào nằm trong khoảng này; hãy đổi chỗ hai giá trị, hoặc sửa giá trị sai", en: "{low} = {min} is greater than {high} = {max}: no answer fits in this range; swap them, or correct the one that is wrong" },
  "bad-range-text-max": { vi: "{low} = {min} lớn hơn {max} ký tự, độ dài tối đa của câu trả lời dạng văn bản khi không đặt max_length: không câu trả lời nào đủ dài; hãy giảm min_length, hoặc đặt max_length ít nhất bằng {min}", en: "{low} = {min} is above {max}, the most characters an agency file may give a text answer whose input sets no max_length: no answer fits; lower min_length, or set a max_length of at least {min}" },
  "bad-range-later": { vi: "{low} = {min} sau {high} = {max}: không có ngày nào nằm trong khoảng này; hãy đổi chỗ hai ngày, hoặc sửa ngày sai", en: "{low} = {min} is later than {high} = {max}: no date fits in this range; swap them, or correct the one that is wrong" },
  // Report words
  "col-code": { vi: "Mã", en: "Code" },
  "col-group": { vi: "Nhóm chỉ số", en: "Group" },
  "col-points": { vi: "Điểm", en: "Points" },
  "col-max": { vi: "Tối đa", en: "Max" },
  "col-percent": { vi: "%", en: "%" },
  "col-rank": { vi: "Hạng", en: "Rank" },
  "col-agency": { vi: "Cơ quan", en: "Agency" },
  "col-group-ranks": { vi: "Hạng theo nhóm (mã:hạng)", en: "Rank per group (code:rank)" },
  "col-total": { vi: "Tổng", en: "Total" },
  "col-band": { vi: "Xếp loại", en: "Band" },
  "col-file": { vi: "Tệp", en: "File" },
  "col-first-error": { vi: "Lỗi đầu tiên", en: "First error" },
  "bonus-penalty": { vi: "Điểm thưởng, điểm trừ", en: "Bonus and penalty" },
  "bonus": { vi: "Điểm thưởng", en: "Bonus" },
  "penalty": { vi: "Điểm trừ", en: "Penalty" },
  "total": { vi: "Tổng điểm", en: "Total" },
  "band": { vi: "Xếp loại", en: "Band" },
  "no-band": { vi: "chưa xếp loại", en: "no band" },
  "rubric": { vi: "Bộ chỉ số", en: "Rubric" },
  "period": { vi: "Kỳ đánh giá", en: "Period" },
  "rank-line": { vi: "Hạng {rank}/{size} trong khối {cohort}", en: "Rank {rank} of {size} in cohort {cohort}" },
  "aggregates": { vi: "Trụ cột / tổng hợp", en: "Pillars / subtotals" },
  "verified-total": { vi: "Điểm thẩm định: {total} (tự chấm {self}, chênh lệch {diff})", en: "Verified score: {total} (self-score {self}, difference {diff})" },
  "completeness": { vi: "Phải trả lời {applicable} chỉ số: đã trả lời {answered} · trả lời không áp dụng {na} · chưa trả lời {unanswered} · thiếu minh chứng {evidence}", en: "Indicators to answer {applicable}: answered {answered} · answered not applicable {na} · unanswered {unanswered} · missing evidence {evidence}" },
  "completeness-self": { vi: "({count} trong bản tự đánh giá)", en: "({count} in the self-assessment)" },
  "exp-group-how": { vi: "Cách tính", en: "How" },
  "exp-group-rescaled": { vi: "= {earned} × {max} / {applicable}: quy đổi vì có chỉ số không tính (trả lời không áp dụng, hoặc chỉ số không dành cho loại cơ quan này)", en: "= {earned} × {max} / {applicable}: rescaled, indicators left out as N/A or not for this type" },
  "exp-group-mean-excluded": { vi: ", bỏ các phần không tính (trả lời không áp dụng, hoặc chỉ số không dành cho loại cơ quan này) cùng trọng số của chúng", en: ", leaving out the parts excluded (N/A, or not for this agency type) and their weights" },
  "exp-group-weighted_mean": { vi: "trung bình có trọng số tỷ lệ điểm của các phần", en: "weighted mean of its parts' shares" },
  "exp-group-geometric_mean": { vi: "trung bình nhân tỷ lệ điểm của các phần", en: "geometric mean of its parts' shares" },
  "exp-group-capped": { vi: "giới hạn ở mức trần {cap}", en: "capped at {cap}" },
  "exp-group-floored": { vi: "nâng lên mức sàn {floor}", en: "raised to its floor {floor}" },
  "exp-group-cap": { vi: "trần {cap}", en: "cap {cap}" },
  "exp-group-floor": { vi: "sàn {floor}", en: "floor {floor}" },
  "rescaled-note": { vi: "* nhóm có chỉ số không áp dụng: điểm được quy đổi theo tỷ lệ", en: "* group with not-applicable indicators: points rescaled" },
  "penalty-unanswered-note": { vi: "Mục điểm trừ {codes} chưa được trả lời: chưa trừ điểm cho đến khi có câu trả lời", en: "{count|Penalty item|Penalty items} {codes} not answered: nothing is deducted for {count|it until it is|them until they are} answered" },
  "provisional-note": { vi: "Điểm tạm tính: chỉ số {codes} được so sánh với các cơ quan khác cùng khối xếp hạng, nhưng lần chấm này không có cơ quan nào khác cùng khối có số liệu của chỉ số (không được chấm cùng, hoặc chưa trả lời hay trả lời không áp dụng); để có điểm chính thức, hãy chấm cùng lúc cả khối, mỗi cơ quan có số liệu của mình", en: "Provisional: {codes} {count|is|are} compared with the other agencies of the cohort, but no other agency of the cohort gave a figure for {count|it|them} in this scoring (the agency was scored alone, or the others left {count|it|them} unanswered or N/A); score the cohort's agencies together, each with its figure, for final points" },
  "part-unanswered-note": { vi: "Câu trả lời còn ý chưa trả lời, được tính điểm theo các ý đã trả lời (các ý còn thiếu chưa được điểm nào): {codes}", en: "{count|An answer|Answers} with parts unanswered, scored on the parts given (those unanswered earn nothing): {codes}" },
  "clamped-note": { vi: "Tổng điểm đã được giới hạn trong thang điểm", en: "The total was clamped to the scale" },
  "clamped-zero-note": { vi: "Điểm trừ lớn hơn điểm đạt được: tổng điểm được tính là 0", en: "The penalty exceeds the points earned: the total is 0" },
  "ranking": { vi: "Xếp hạng — {rubric}", en: "Ranking — {rubric}" },
  "ranking-example": { vi: "Xếp hạng — {rubric} (dữ liệu ví dụ, không phải phiếu thật)", en: "Ranking — {rubric} (example data, not real agency files)" },
  "not-scored": { vi: "Không chấm được ({count} tệp)", en: "Not scored ({count} {count|file|files})" },
  "not-scored-folders": { vi: "Không chấm được ({files} tệp, {folders} thư mục không đọc được)", en: "Not scored ({files} {files|file|files}, {folders} unreadable {folders|folder|folders})" },
  "example-mark": { vi: "(ví dụ)", en: "(example)" },
  "rpt-other-period": { vi: "(kỳ {period})", en: "(period {period})" },
  "summary-valid": { vi: "{valid} tệp hợp lệ, {invalid} tệp lỗi", en: "{valid} valid {valid|file|files}, {invalid} invalid" },
  "summary-unread-files": { vi: "{unread} tệp không đọc được", en: "{unread} not read" },
  "summary-unreadable-folders": { vi: "{folders} thư mục không đọc được", en: "{folders} unreadable {folders|folder|folders}" },
  "no-agency-files": { vi: "Không có phiếu nào của cơ quan: {count} tệp YAML đã bỏ qua vì không phải phiếu", en: "No agency files: {count} YAML {count|file|files} skipped as not agency files" },
  "documents-not-read": { vi: "Không đọc {count} tài liệu văn phòng (Word, Excel, OpenDocument, RTF) trong thư mục ({files}): chỉ tệp .yaml hoặc .yml được đọc là phiếu tự đánh giá; cơ quan nào gửi câu trả lời bằng tài liệu thì chưa có trong kết quả, hãy đề nghị gửi tệp .yaml (tạo bằng egov-score init hoặc assess)", en: "{count} office {count|document|documents} (Word, Excel, OpenDocument, RTF) in the folders {count|was|were} not read ({files}): only .yaml or .yml files are read as agency files; an agency that sent its answers as a document is not in the results: ask it for the .yaml file (made with egov-score init or assess)" },
  "no-files": { vi: "Không tìm thấy tệp .yaml/.yml nào trong {paths}", en: "No .yaml/.yml files found in {paths}" },
  "glob-too-large": { vi: "Mẫu {pattern} cho ra hơn {limit} lựa chọn {a,b}: hãy viết mẫu ngắn gọn hơn", en: "The pattern {pattern} makes more than {limit} {a,b} alternatives: write a simpler one" },
  "path-missing": { vi: "Không có tệp hoặc thư mục: {path}", en: "No such file or folder: {path}" },
  "path-windows-drive": { vi: "{path}: {drive} là tên một ổ đĩa của máy Windows, máy này không có ổ đĩa đó: hãy chép các tệp sang máy này rồi ghi đường dẫn của chúng trên máy này (ví dụ ~/egov/*.yaml)", en: "{path}: {drive} names a disk of a Windows computer, which this machine does not have: copy the files to this machine and give their path here (e.g. ~/egov/*.yaml)" },
  "path-missing-rubrics": { vi: "Không có tệp hoặc thư mục: {path}. Các bộ chỉ số đi kèm egov-score nằm trong thư mục {dir} (hoặc ghi mã bộ chỉ số, xem egov-score rubric list)", en: "No such file or folder: {path}. The rubrics that come with egov-score are in {dir} (or give a rubric's id; see egov-score rubric list)" },
  "path-missing-examples": { vi: "Không có tệp hoặc thư mục: {path}. Các tệp ví dụ đi kèm egov-score nằm trong thư mục {dir}", en: "No such file or folder: {path}. The examples that come with egov-score are in {dir}" },
  "option-unused-force": { vi: "{option} không có tác dụng ở đây: lệnh không ghi tệp nào (chỉ ghi tệp khi có -o TỆP)", en: "{option} changes nothing here: no file is written (only -o FILE writes one)" },
  "option-unused-force-dir": { vi: "{option} không có tác dụng ở đây: lệnh không ghi tệp nào (chỉ ghi tệp khi có -o TỆP hoặc --output-dir THƯ_MỤC)", en: "{option} changes nothing here: no file is written (only -o FILE or --output-dir DIR writes one)" },
  "group-ranks-one-agency": { vi: "--group-ranks: chỉ có một cơ quan được chấm nên mỗi nhóm đều xếp hạng 1/1; hãy chấm cùng các tệp khác trong khối để có thứ hạng theo nhóm", en: "--group-ranks: one agency was scored, so each of its groups ranks 1 of 1; score it with the other files of its cohort to rank its groups" },
  "group-ranks-cohort-of-one": { vi: "--group-ranks: {count|khối|các khối} {cohorts} {count|chỉ có|mỗi khối chỉ có} một cơ quan được chấm nên mỗi nhóm của {count|cơ quan đó|các cơ quan này} đều xếp hạng 1/1; hãy chấm cùng các tệp khác trong khối để có thứ hạng theo nhóm", en: "--group-ranks: {count|cohort|cohorts} {cohorts} {count|has|each have} one agency scored, so {count|its|their} groups rank 1 of 1; score {count|it|them} with the other files of {count|its cohort|their cohorts} to rank {count|its|their} groups" },
  "group-ranks-group-of-one": { vi: "--group-ranks: nhóm {code} «{title}» chỉ tính cho một cơ quan trong {count|khối|mỗi khối} {cohorts}, nên {count|cơ quan đó|các cơ quan này} xếp hạng 1/1 ở nhóm này: nhóm không áp dụng cho các cơ quan khác của khối (theo loại cơ quan, hoặc mọi chỉ số của nhóm đều không áp dụng), nên các cơ quan đó không được xếp hạng ở nhóm này", en: "--group-ranks: group {code} “{title}” counts for one agency only in {count|cohort|each of the cohorts} {cohorts}, so {count|that agency ranks|those agencies rank} 1 of 1 on it: it does not apply to the cohort's other agencies (their type, or none of its indicators applicable), which are not ranked on it" },
  "group-ranks-cohort": { vi: "«{cohort}» ({id})", en: "“{cohort}” ({id})" },
  "group-ranks-cohorts-more": { vi: "{names} và {count} khối khác", en: "{names} and {count} more" },
  "option-unused-group-ranks": { vi: "--group-ranks không có tác dụng ở đây: báo cáo csv dạng long không có hạng theo nhóm (bảng xếp hạng csv mặc định, json, xlsx, md, html và bảng trên màn hình có)", en: "--group-ranks changes nothing here: the long csv has no ranks per group (the default ranking csv, json, xlsx, md, html and the terminal table have them)" },
  "option-unused-csv": { vi: "{option} không có tác dụng ở đây: không ghi báo cáo csv nào (có csv khi dùng --format csv, -o tệp .csv, hoặc --output-dir)", en: "{option} changes nothing here: no csv is written (one is with --format csv, -o FILE.csv, or --output-dir)" },
  "option-unused-top-json": { vi: "{option} không có tác dụng ở đây: báo cáo json luôn liệt kê mọi điểm có thể tăng (chỉ bản text và md bị cắt theo --top)", en: "{option} changes nothing here: the json lists every gain (only text and md are cut to --top)" },
  "option-empty-name": { vi: "{option} cần tên một tệp hoặc thư mục, nhưng giá trị được ghi để trống", en: "{option} needs a file or folder name, and was given an empty one" },
  "option-repeated": { vi: "Tùy chọn {option} được ghi hai lần (\"{first}\" và \"{second}\"): hãy chỉ ghi một lần, với giá trị cần dùng", en: "{option} is given twice (\"{first}\" and \"{second}\"): give it once, with the value you mean" },
  "option-repeated-list": { vi: "Tùy chọn {option} được ghi hai lần (\"{first}\" và \"{second}\"): muốn xuất nhiều định dạng, hãy ghi một lần, các định dạng cách nhau bằng dấu phẩy (--format {first},{second})", en: "{option} is given twice (\"{first}\" and \"{second}\"): for several formats, give it once, comma-separated (--format {first},{second})" },
  "option-unused-limit": { vi: "{option} không có tác dụng ở đây: --format {format} luôn liệt kê mọi cơ quan (chỉ bản table và md bị cắt theo --limit)", en: "{option} changes nothing here: --format {format} lists every agency (only table and md are cut to --limit)" },
  "glob-no-match": { vi: "Mẫu không khớp tệp nào: {path}", en: "No file matches: {path}" },
  "rubric-unusable": { vi: "Không dùng được bộ chỉ số {file}", en: "The rubric {file} cannot be used" },
  "language-name-vi": { vi: "tiếng Việt", en: "Vietnamese" },
  "language-name-en": { vi: "tiếng Anh", en: "English" },
  "rubric-language-fallback": { vi: "Bộ chỉ số {id} chỉ viết bằng {declared} (languages: [{languages}]): các tiêu đề và mô tả của nó được hiện bằng {declared}", en: "Rubric {id} is written in {declared} only (languages: [{languages}]): its titles and texts are shown in {declared}" },
  "rubric-ok": { vi: "Bộ chỉ số hợp lệ: {id} {version} · {indicators} chỉ số · thang điểm {scale}", en: "Rubric is valid: {id} {version} · {indicators} indicators · scale {scale}" },
  "rubric-file-missing-windows-drive": { vi: "Không có tệp bộ chỉ số \"{spec}\": {drive} là tên một ổ đĩa của máy Windows, máy này không có ổ đĩa đó: hãy chép tệp bộ chỉ số sang máy này rồi ghi đường dẫn của nó trên máy này (ví dụ ~/egov/{name})", en: "No rubric file \"{spec}\": {drive} names a disk of a Windows computer, which this machine does not have: copy the rubric file to this machine and give its path here (e.g. ~/egov/{name})" },
  "rubric-file-missing": { vi: "Không có tệp bộ chỉ số \"{spec}\"", en: "No rubric file \"{spec}\"" },
  "rubric-file-missing-file-near": { vi: "Không có tệp bộ chỉ số \"{spec}\"; có phải là {suggestion}?", en: "No rubric file \"{spec}\"; did you mean {suggestion}?" },
  "rubric-file-missing-near": { vi: "Không có tệp bộ chỉ số \"{spec}\"; có phải là bộ chỉ số có sẵn {suggestion}? Bộ có sẵn được gọi bằng mã: {suggestion}", en: "No rubric file \"{spec}\"; did you mean the bundled rubric {suggestion}? A bundled rubric is named by its id: {suggestion}" },
  "unknown-rubric-spec-near": { vi: "Không có tệp hay bộ chỉ số có sẵn nào tên \"{spec}\"; có phải là {suggestion}? (egov-score rubric list liệt kê các bộ có sẵn)", en: "No file or bundled rubric named \"{spec}\"; did you mean {suggestion}? (egov-score rubric list lists the bundled ones)" },
  "unknown-rubric-spec": { vi: "Không có tệp hay bộ chỉ số có sẵn nào tên \"{spec}\"; xem egov-score rubric list", en: "No file or bundled rubric named \"{spec}\"; see egov-score rubric list" },
  "internal-error": { vi: "Lỗi nội bộ: {detail}. Chạy lại với --verbose và báo lỗi kèm thông tin này", en: "Internal error: {detail}. Run again with --verbose and report it with this output" },
  // Two ids, one agency likely (core/same-agency.ts): by the respondent's contact, or (-answers) by every answer.
  "same-agency-other-id": { vi: "Có thể cùng một cơ quan với {first} (mã \"{first_id}\") nhưng dưới mã khác, \"{id}\": cùng tên, loại, kỳ đánh giá và cùng thư điện tử hoặc số điện thoại của người trả lời; khi chấm điểm, cả hai tệp đều được xếp hạng", en: "Likely the same agency as {first} (id \"{first_id}\") under another id, \"{id}\": same name, type and period, and the same respondent's e-mail or telephone; when scored, both files are ranked" },
  "same-agency-other-id-answers": { vi: "Có thể cùng một cơ quan với {first} (mã \"{first_id}\") nhưng dưới mã khác, \"{id}\": cùng tên, loại, kỳ đánh giá và cùng mọi câu trả lời; khi chấm điểm, cả hai tệp đều được xếp hạng", en: "Likely the same agency as {first} (id \"{first_id}\") under another id, \"{id}\": same name, type and period, and the same answer to every indicator; when scored, both files are ranked" },
  "same-agency-hint-newer": { vi: "tệp này ghi ngày gửi {sent}, sau {first} ({first_sent}): nếu đây là bản gửi lại với mã đã sửa, hãy bỏ {first} khỏi lô rồi chấm lại; nếu là hai cơ quan trùng tên, hãy ghi vào tên điều phân biệt (huyện, tỉnh)", en: "this file says it was sent on {sent}, after {first} ({first_sent}): if it is a resubmission with a corrected id, take {first} out of the batch and score again; if they are two agencies of one name, write in their names what tells them apart (the district, the province)" },
  "same-agency-hint-older": { vi: "tệp này ghi ngày gửi {sent}, trước {first} ({first_sent}): nếu tệp đó là bản gửi lại với mã đã sửa, hãy bỏ tệp này khỏi lô rồi chấm lại; nếu là hai cơ quan trùng tên, hãy ghi vào tên điều phân biệt (huyện, tỉnh)", en: "this file says it was sent on {sent}, before {first} ({first_sent}): if that one is a resubmission with a corrected id, take this file out of the batch and score again; if they are two agencies of one name, write in their names what tells them apart (the district, the province)" },
  "same-agency-twin-name-this": { vi: "hai tên tệp trông giống nhau: tên tệp này viết bằng chữ tổ hợp dấu rời (NFD, như máy Mac ghi khi nén), tên tệp của mã \"{first_id}\" bằng chữ dựng sẵn", en: "the two file names look the same: this file's is spelled with separate diacritics (NFD, as a Mac's archive writes names), that of the file of id \"{first_id}\" with composed letters" },
  "same-agency-twin-name-first": { vi: "hai tên tệp trông giống nhau: tên tệp này viết bằng chữ dựng sẵn, tên tệp của mã \"{first_id}\" bằng chữ tổ hợp dấu rời (NFD, như máy Mac ghi khi nén)", en: "the two file names look the same: this file's is spelled with composed letters, that of the file of id \"{first_id}\" with separate diacritics (NFD, as a Mac's archive writes names)" },
  "same-agency-hint": { vi: "nếu đây là bản gửi lại với mã đã sửa, hãy bỏ tệp cũ khỏi lô rồi chấm lại; nếu là hai cơ quan trùng tên, hãy ghi vào tên điều phân biệt (huyện, tỉnh)", en: "if this is a resubmission with a corrected id, take the older file out of the batch and score again; if they are two agencies of one name, write in their names what tells them apart (the district, the province)" },
  "duplicate-agency": { vi: "Mã cơ quan \"{id}\" đã dùng trong {first}; mỗi cơ quan chỉ một tệp trong một lô", en: "Agency id \"{id}\" is already used by {first}; one file per agency in a batch" },
  "duplicate-resubmitted": { vi: "tệp này ghi ngày gửi {submitted}, sau ngày {first_submitted} của {first}: nếu đây là bản gửi lại, hãy bỏ tệp cũ khỏi lô rồi chấm lại", en: "this file says it was sent on {submitted}, after {first}'s {first_submitted}: if it is a resubmission, take the older file out of the batch and score again" },
  "duplicate-differs": { vi: "hai tệp có nội dung khác nhau và ngày gửi không cho biết tệp nào mới hơn; tệp được xếp hạng là {first} (tệp đứng trước theo thứ tự tệp): nếu tệp này mới là bản cần chấm, hãy bỏ {first} khỏi lô rồi chấm lại", en: "the two files differ and no date sent tells which is newer; the file ranked is {first} (the first in file order): if this one is the file to score, take {first} out of the batch and score again" },
  "duplicate-twin-name-this": { vi: "hai tên tệp trông giống nhau: tên tệp này viết bằng chữ tổ hợp dấu rời (NFD, như máy Mac ghi khi nén), tên tệp được xếp hạng bằng chữ dựng sẵn", en: "the two file names look the same: this file's is spelled with separate diacritics (NFD, as a Mac's archive writes names), the ranked file's with composed letters" },
  "duplicate-twin-name-first": { vi: "hai tên tệp trông giống nhau: tên tệp được xếp hạng viết bằng chữ tổ hợp dấu rời (NFD, như máy Mac ghi khi nén), tên tệp này bằng chữ dựng sẵn", en: "the two file names look the same: the ranked file's is spelled with separate diacritics (NFD, as a Mac's archive writes names), this file's with composed letters" },
  "duplicate-older": { vi: "tệp này ghi ngày gửi {submitted}, trước ngày {first_submitted_later} của {first} (tệp được xếp hạng): nếu {first} là bản gửi lại, tệp này là bản cũ, hãy bỏ nó khỏi lô", en: "this file says it was sent on {submitted}, before {first}'s {first_submitted_later} (the file ranked): if that one is the resubmission, this is the older file; take it out of the batch" },
  "duplicate-same-data": { vi: "tệp này chỉ khác {first} ở chú thích (#) hoặc cách trình bày: cùng dữ liệu, cùng điểm; giữ một trong hai tệp", en: "this file differs from {first} only in its comments or layout: the same data, the same score; keep one of the two" },
  "duplicate-same-data-stdin": { vi: "nội dung đưa vào qua đầu vào chuẩn chỉ khác {first} ở chú thích (#) hoặc cách trình bày: cùng dữ liệu, cùng điểm; giữ {first} và bỏ dấu - khỏi lệnh", en: "the text given on standard input differs from {first} only in its comments or layout: the same data, the same score; keep {first} and leave the - out of the command" },
  "duplicate-same-data-stdin-first": { vi: "tệp này chỉ khác phần đưa vào qua đầu vào chuẩn, {first}, ở chú thích (#) hoặc cách trình bày: cùng dữ liệu, cùng điểm; giữ tệp này và bỏ dấu - khỏi lệnh", en: "this file differs from the text given on standard input, {first}, only in its comments or layout: the same data, the same score; keep this file and leave the - out of the command" },
  "duplicate-identical": { vi: "tệp này có nội dung giống hệt {first} (có lẽ cùng một tệp nhận hai lần): hãy xóa bản sao này", en: "this file has the same content as {first} (likely the same file received twice): delete this copy" },
  "duplicate-identical-copy-ranked": { vi: "tệp này có nội dung giống hệt {first}, tệp mà tên cho thấy là bản sao: bản sao đó được xếp hạng thay cho tệp này (cùng câu trả lời, cùng điểm); hãy xóa {first} và giữ tệp này", en: "this file has the same content as {first}, whose name marks it as a copy: that copy is ranked in this file's place (the same answers, the same score); delete {first} and keep this file" },
  "duplicate-identical-stdin": { vi: "nội dung đưa vào qua đầu vào chuẩn giống hệt {first} (cùng một tệp đưa hai lần): giữ {first} và bỏ dấu - khỏi lệnh", en: "the text given on standard input is the same as {first} (one file given twice): keep {first} and leave the - out of the command" },
  "duplicate-identical-stdin-first": { vi: "tệp này có nội dung giống hệt phần đưa vào qua đầu vào chuẩn, {first}: cùng một tệp đưa hai lần; giữ tệp này và bỏ dấu - khỏi lệnh", en: "this file has the same content as the text given on standard input, {first}: one file given twice; keep this file and leave the - out of the command" },
  "duplicate-other-period": { vi: "tệp này là của kỳ {period}, còn {first} là của kỳ {first_period}: mỗi kỳ (mỗi năm) chấm thành một lô riêng, ví dụ mỗi năm một thư mục", en: "this file is for period {period} and {first} for {first_period}: score each period's (each year's) files as a separate batch, one folder per year for example" },
  "below-threshold": { vi: "Dưới ngưỡng {threshold}: {agencies}", en: "Below the threshold {threshold}: {agencies}" },
  "below-threshold-more": { vi: "… và {count} cơ quan khác (thấp nhất ở trên; xem báo cáo)", en: "… and {count} more {count|agency|agencies} (the lowest are above; see the report)" },
  "bad-threshold-percent": { vi: "Ngưỡng \"{value}\" (--fail-below) vượt quá 100 %: không cơ quan nào đạt được", en: "The threshold \"{value}\" (--fail-below) is above 100 %: no agency can reach it" },
  "ambiguous-number-option": { vi: "{option} \"{value}\" chưa rõ là {thousands} hay {decimal_vi}: nếu là {thousands}, hãy viết {thousands} (không dùng dấu phân cách); nếu là {decimal_vi}, hãy viết {decimal_vi}", en: "{option} \"{value}\" can be read as {thousands} or {decimal}: for {thousands} write {thousands} (no separator), for {decimal} write {decimal}" },
  "bad-threshold": { vi: "Ngưỡng không hợp lệ \"{value}\" (--fail-below): viết số điểm (800) hoặc phần trăm (80%)", en: "Invalid threshold \"{value}\" (--fail-below): write points (800) or a percentage (80%)" },
  "worker-crashed": { vi: "{count} luồng xử lý bị dừng bất thường; phần việc còn lại đã được làm tiếp trong tiến trình chính, không tệp nào bị bỏ sót", en: "{count} worker {count|thread|threads} stopped unexpectedly; the main process did the rest of {count|its|their} work, no file left out" },
  "lint-skipped-agency": { vi: "Bỏ qua {file}: không phải bộ chỉ số mà là phiếu của cơ quan (kiểm tra bằng egov-score validate)", en: "Skipped {file}: not a rubric but an agency file (check it with egov-score validate)" },
  "lint-skipped-fixtures": { vi: "Bỏ qua {file}: không phải bộ chỉ số mà là kết quả mong đợi của bộ kiểm thử (egov-score rubric test chạy nó)", en: "Skipped {file}: not a rubric but a fixtures' expected results (egov-score rubric test runs them)" },
  "lint-skipped-other": { vi: "Bỏ qua {file}: không phải bộ chỉ số (không có id, groups, bands… ở đầu tệp; có thể là tệp cấu hình CI hoặc tệp YAML khác)", en: "Skipped {file}: not a rubric (no id, groups, bands… at its top: a CI workflow or some other YAML file)" },
  "lint-no-rubrics": { vi: "Không có bộ chỉ số nào trong {paths}: {count} tệp YAML ở đó đều không phải bộ chỉ số", en: "No rubric in {paths}: the {count} YAML {count|file|files} there {count|is|are} no rubric" },
  "skipped-foreign": { vi: "Bỏ qua {file}: {why}", en: "Skipped {file}: {why}" },
  // Why a file was skipped, by what it is (skippedKind): said on standard error and in the xlsx's Passed over sheet.
  "skipped-why-rubric": { vi: "không phải phiếu của cơ quan mà là bộ chỉ số (có groups, bands…): các phiếu được chấm theo nó bằng --rubric {rubric_word}; egov-score rubric lint kiểm tra nó", en: "not an agency file but a rubric (it has groups, bands…): agency files are scored against it with --rubric {rubric_word}; egov-score rubric lint checks it" },
  "skipped-why-fixtures": { vi: "không phải phiếu của cơ quan mà là kết quả mong đợi của bộ kiểm thử bộ chỉ số (egov-score rubric test chạy nó)", en: "not an agency file but a rubric's fixtures' expected results (egov-score rubric test runs them)" },
  "skipped-why-document": { vi: "tài liệu Word, Excel, OpenDocument hoặc RTF, không được đọc: chỉ tệp .yaml hoặc .yml là phiếu tự đánh giá; nếu đây là câu trả lời của một cơ quan, hãy đề nghị gửi tệp .yaml (tạo bằng egov-score init hoặc assess)", en: "a Word, Excel, OpenDocument or RTF document, not read: only .yaml or .yml files are agency files; if it holds an agency's answers, ask it for the .yaml file (made with egov-score init or assess)" },
  "skipped-why-other": { vi: "không phải phiếu của cơ quan (không có phần agency hay answers; có thể là tệp cấu hình CI hoặc tệp YAML khác)", en: "not an agency file (it has no agency or answers: a CI workflow or some other YAML file)" },
  "cohort-type-mismatch": { vi: "Cơ quan loại «{type_label}» ({type}) không xếp hạng trong khối «{cohort_label}» ({cohort}): khối này gồm các loại {types}", en: "An agency of type “{type_label}” ({type}) is not ranked in cohort “{cohort_label}” ({cohort}): it ranks only {types}" },
  "more-findings": { vi: "… và {count} vấn đề khác trong tệp này: hãy sửa các lỗi trên rồi kiểm tra lại", en: "… and {count} more findings in this file: fix the ones above and check again" },
  "same-text-invalid": { vi: "{file} có nội dung giống hệt {first} (một phiếu lưu hai lần?): cùng các lỗi, cả hai đều chưa được chấm; sửa một tệp và bỏ tệp kia", en: "{file} holds the same text as {first} (one submission saved twice?): the same errors, neither is scored; correct one and take the other out" },
  "same-text-invalid-stdin": { vi: "Nội dung đưa vào qua đầu vào chuẩn giống hệt {file} (cùng một tệp đưa hai lần): cùng các lỗi, cả hai đều chưa được chấm; sửa {file} và bỏ dấu - khỏi lệnh", en: "The text given on standard input is the same as {file} (one file given twice): the same errors, neither is scored; correct {file} and leave the - out of the command" },
  "same-file": { vi: "{file} là cùng một tệp với {first}: chỉ chấm một lần", en: "{file} is the same file as {first}: scored once" },
  "progress": { vi: "Đã xử lý {done}/{total} tệp", en: "Processed {done}/{total} files" },
  "unknown-format": { vi: "Không hỗ trợ định dạng \"{format}\" (--format); các định dạng được hỗ trợ: {formats}", en: "Unknown format \"{format}\" (--format); formats: {formats}" },
  "output-exists": { vi: "Tệp {file} đã có; dùng --force để ghi đè", en: "{file} exists; use --force to overwrite it" },
  "outputs-exist": { vi: "Các tệp {files} đã có; dùng --force để ghi đè tất cả các tệp này", en: "{files} exist; use --force to overwrite them all" },
  "output-made-meanwhile": { vi: "Tệp {file} do một chương trình khác tạo ra trong lúc lệnh này chạy (lúc bắt đầu chưa có); tệp đó giữ nguyên, báo cáo này không ghi vào đó. Chạy lại với --force để ghi đè, hoặc đặt tên tệp khác", en: "{file} was made by another program while this command ran (it was not there at the start); it was left as it is and this report was not written to it. Run again with --force to replace it, or name another file" },
  "output-unwritable": { vi: "Không ghi được {file}: {detail}", en: "Cannot write {file}: {detail}" },
  "node-too-old": { vi: "egov-score cần Node.js {oldest} trở lên, máy này đang dùng Node.js {version}: hãy cài Node.js bản LTS mới (https://nodejs.org) rồi chạy lại", en: "egov-score needs Node.js {oldest} or later, and this is Node.js {version}: install a current LTS release of Node.js (https://nodejs.org) and run it again" },
  "stdout-unwritable": { vi: "Không ghi được báo cáo ra đầu ra chuẩn: {detail}", en: "Cannot write the report to standard output: {detail}" },
  "work-folder-unusable": { vi: "Không dùng được thư mục tạm {folder}, nơi các lệnh score, validate và rubric impact lưu tạm kết quả của một lô lớn: {detail}; đặt TMPDIR (TEMP trên Windows) sang thư mục khác", en: "Cannot use the temporary folder {folder}, where score, validate and rubric impact keep a large batch's results while they run: {detail}; point TMPDIR (TEMP on Windows) at another folder" },
  // A size limit set for the process follows the run to any folder: raising it is what helps; a disk's own limit (FAT32) is left by moving.
  "work-folder-size-limit": { vi: "Không ghi được vào thư mục tạm {folder}, nơi các lệnh score, validate và rubric impact lưu tạm kết quả của một lô lớn: {detail}; nâng giới hạn kích thước tệp (ulimit -f unlimited), hoặc đặt TMPDIR (TEMP trên Windows) sang một ổ đĩa khác", en: "Cannot write to the temporary folder {folder}, where score, validate and rubric impact keep a large batch's results while they run: {detail}; raise the file-size limit (ulimit -f unlimited), or point TMPDIR (TEMP on Windows) at a folder on another disk" },
  "too-many-open-files": { vi: "Quá nhiều tệp đang mở cùng lúc: hệ thống không cho lệnh này mở thêm tệp nào (giới hạn số tệp mở của một tiến trình, ulimit -n). Hãy tăng giới hạn, ví dụ ulimit -n 4096, hoặc đóng bớt chương trình khác, rồi chạy lại", en: "Too many files are open at once: the system lets this run open no more (the limit of open files for one process, ulimit -n). Raise the limit, for example ulimit -n 4096, or close other programs, and run again" },
  "fidelity": { vi: "Độ bám sát", en: "Fidelity" },
  // Interactive assessment
  "yes": { vi: "Có", en: "Yes" },
  "no": { vi: "Không", en: "No" },
  "yes-no-default-yes": { vi: "C/k", en: "Y/n" },
  "yes-no-default-no": { vi: "c/K", en: "y/N" },
  "answer-yes-no": { vi: "Hãy trả lời có (c) hoặc không (k)", en: "Answer yes (y) or no (n)" },
  "answer-yes-no-words": { vi: "Câu này chỉ trả lời có (c) hoặc không (k): gõ {word}; phần \"{rest}\" ghi ở câu ghi chú, được hỏi sau đó", en: "This question takes yes (y) or no (n) alone: type {word}; write \"{rest}\" at the note, asked further on" },
  "answer-yes-no-link": { vi: "Đường dẫn không phải câu trả lời: gõ c (có) nếu đã tìm thấy, k (không) nếu không; đường dẫn ghi ở minh chứng hoặc ghi chú, được hỏi ngay sau", en: "A link is not an answer: type y (yes) if it was found, n (no) if not; the link goes in the evidence or the note, asked next" },
  "assess-progress": { vi: "Nhóm {group}/{groups} · Câu {index}/{count} · đã trả lời {answered}", en: "Group {group}/{groups} · Question {index}/{count} · {answered} answered" },
  "assess-max": { vi: "tối đa {max} điểm", en: "max {max} {max|point|points}" },
  "assess-guidance": { vi: "Hướng dẫn", en: "Guidance" },
  "assess-overwrote-answer": { vi: "Câu trả lời chỉ số {code}", en: "The answer to {code}" },
  "assess-overwrote": { vi: "{what} vừa được sửa ở nơi khác trong {file} (một cửa sổ khác hoặc trình soạn thảo) trong lúc đang trả lời; câu trả lời vừa nhập đã thay thế thay đổi đó: hãy kiểm tra lại nếu cần", en: "{what} was changed elsewhere in {file} (another window or an editor) while you answered; the answer just given replaced that change: check it if need be" },
  "assess-format": { vi: "Trả lời", en: "Answer" },
  "assess-evidence-rule": { vi: "Minh chứng: {required}, ít nhất {min}; gồm {fields}", en: "Evidence: {required}, at least {min}; with {fields}" },
  "assess-evidence-required": { vi: "bắt buộc khi có điểm", en: "required when points are claimed" },
  "assess-evidence-required-always": { vi: "bắt buộc với mọi câu trả lời (điểm tính theo cả lô)", en: "required for every answer (points depend on the batch)" },
  "assess-evidence-required-above-zero": { vi: "bắt buộc khi giá trị lớn hơn 0 (điểm tính theo cả lô)", en: "required for any answer above 0 (points depend on the batch)" },
  "assess-evidence-no-points": { vi: "; thiếu thì câu trả lời không được tính điểm", en: "; without it the answer earns no points" },
  "assess-evidence-rule-bare": { vi: "Minh chứng: {required}, ít nhất {min}", en: "Evidence: {required}, at least {min}" },
  "assess-evidence-rule-optional-bare": { vi: "Minh chứng: không bắt buộc", en: "Evidence: optional" },
  "exp-has-verified-cohort": { vi: "Giá trị thẩm định của các cơ quan khác trong lô làm thay đổi mốc so sánh của khối xếp hạng: điểm thẩm định của cơ quan này là {total} ({band}), điểm tự chấm {self}. Khi xếp hạng, điểm thẩm định được dùng; chạy egov-score explain --verified (kèm --batch) để xem giải thích điểm đó.", en: "Verified values of other agencies of the batch move its cohort's figures: this agency's verified score is {total} ({band}), the self-assessed {self}. Ranking uses the verified one; egov-score explain --verified (with --batch) explains it." },
  "exp-batch-other-rubrics": { vi: "{count} tệp hợp lệ trong lô là phiếu theo bộ chỉ số khác ({rubrics}), không thuộc khối xếp hạng của tệp này", en: "{count} valid {count|file|files} of the batch {count|answers|answer} other rubrics ({rubrics}) and {count|is|are} no part of this file's cohorts" },
  "exp-has-verified": { vi: "Tệp này có giá trị thẩm định của đơn vị tổng hợp: điểm thẩm định là {total} ({band}), điểm tự chấm {self}. Khi xếp hạng, điểm thẩm định được dùng; egov-score explain --verified giải thích điểm đó.", en: "This file holds the collector's verified values: the verified score is {total} ({band}), the self-assessed {self}. Ranking uses the verified one; egov-score explain --verified explains it." },
  "threshold-looks-like-share": { vi: "--fail-below {typed} là {threshold} điểm trên thang {scale} điểm của bộ chỉ số {rubric}: hầu như không cơ quan nào dưới ngưỡng này; nếu muốn {percent} % thang điểm, hãy viết {percent}%", en: "--fail-below {typed} is {threshold} points of the {scale}-point scale of rubric {rubric}, which hardly any agency is below; for {percent} % of the scale, write {percent}%" },
  "threshold-above-scale-one": { vi: "--fail-below {threshold} lớn hơn thang điểm {scale} của bộ chỉ số {rubric}: mọi cơ quan đều dưới ngưỡng; hãy ghi số điểm không quá {scale}, hoặc phần trăm (ví dụ 60%)", en: "--fail-below {threshold} is above the {scale}-point scale of rubric {rubric}: every agency is below; give at most {scale} points, or a percentage (e.g. 60%)" },
  "threshold-above-scale": { vi: "--fail-below {threshold} lớn hơn thang điểm {scale} của bộ chỉ số {rubric}: mọi cơ quan theo bộ chỉ số này đều dưới ngưỡng; với nhiều bộ chỉ số, hãy dùng phần trăm (ví dụ 60%)", en: "--fail-below {threshold} is above the {scale}-point scale of rubric {rubric}: every agency of it is below; with several rubrics, give a percentage (e.g. 60%)" },
  "saved-as-text": { vi: "Tên tệp có đuôi .txt (Notepad thường tự thêm khi lưu) nên chưa được chấm: đổi tên thành {name} rồi chạy lại", en: "The file name ends in .txt (Notepad adds it when saving), so it was not scored: rename it to {name} and run again" },
  "yaml-name-trailing": { vi: "Tên tệp có dấu cách hoặc dấu chấm sau đuôi .yaml nên chưa được chấm: đổi tên thành {name} rồi chạy lại", en: "The file name has a space or a dot after its .yaml ending, so it was not scored: rename it to {name} and run again" },
  "assess-file-header": { vi: "Phiếu tự đánh giá của cơ quan (egov-score). Có thể sửa bằng tay; chạy egov-score assess TỆP{rubric} để làm tiếp.", en: "egov-score agency file (answers to one rubric). Safe to edit by hand; `egov-score assess FILE{rubric}` resumes it." },
  "assess-info-only": { vi: "chỉ thu thập thông tin, không tính điểm", en: "information only, not scored" },
  "assess-evidence-rule-optional": { vi: "Minh chứng: không bắt buộc; gồm {fields}", en: "Evidence: optional; with {fields}" },
  "assess-evidence-optional": { vi: "không bắt buộc", en: "optional" },
  "assess-commands": { vi: "Gõ ? để trả lời sau, m để mở menu{na}", en: "Type ? to answer later, m for the menu{na}" },
  "assess-commands-list": { vi: "Cuối danh sách: «Trả lời sau», «Mở menu»{na}", en: "At the end of the list: “Answer later”, “Open the menu”{na}" },
  "assess-commands-checklist": { vi: "Enter khi chưa chọn mục nào: chọn «Không có mục nào», «Trả lời sau», «Mở menu»{na}", en: "Enter with nothing ticked: then “None of them”, “Answer later”, “Open the menu”{na}" },
  "assess-commands-list-na": { vi: ", «Không áp dụng»", en: ", “Not applicable”" },
  "assess-commands-na": { vi: ", na nếu không áp dụng", en: ", na if not applicable" },
  "assess-edited-meanwhile": { vi: "Tệp {file} đã bị chương trình khác sửa trong lúc trả lời và nay không dùng được (YAML lỗi, hoặc mất phần thông tin cơ quan hay phần trả lời): câu trả lời vừa rồi chưa được lưu. Hãy sửa tệp rồi chạy lại egov-score assess.", en: "{file} was changed by another program while you answered and cannot be used now (its YAML is broken, or its agency or answers are gone): your last answer was not saved. Fix the file, then run egov-score assess again." },
  "assess-current": { vi: "Câu trả lời hiện tại: {value}", en: "Current answer: {value}" },
  "assess-value": { vi: "Giá trị", en: "Value" },
  "assess-yes-no-prompt": { vi: "Có hay không? (c/k)", en: "Yes or no? (y/n)" },
  "assess-number-magnitude": { vi: "\"{typed}\" là {converted}{unit}: chỉ nhập con số {converted}", en: "\"{typed}\" is {converted}{unit}: type the number {converted}" },
  "assess-number-with-words": { vi: "Chỉ nhập con số, không kèm chữ: ví dụ {figure}", en: "Type the number alone, without words: e.g. {figure}" },
  "assess-number-words-before": { vi: "Chỉ nhập con số, bỏ \"{words}\" phía trước: gõ {figure} nếu đúng là số liệu; số ước tính thì ghi rõ ở câu ghi chú, được hỏi sau đó", en: "Type the number alone, without \"{words}\" before it: type {figure} if that is the figure; say it is an estimate in the note, asked further on" },
  "assess-number-other-unit": { vi: "Đơn vị của câu này là \"{unit}\", không phải \"{words}\": nếu đúng là số {unit}, chỉ nhập con số, ví dụ {figure}", en: "The unit here is \"{unit}\", not \"{words}\": if these are {unit}, type the number alone, e.g. {figure}" },
  "assess-invalid-whole-number": { vi: "Không phải là số: hãy nhập ví dụ 1000", en: "Not a number: type e.g. 1000" },
  "assess-invalid-percent": { vi: "Không phải là số: hãy nhập tỷ lệ bằng chữ số, ví dụ 85 hoặc 85,5", en: "Not a number: type the percentage in figures, e.g. 85 or 85.5" },
  "assess-invalid-number": { vi: "Không phải là số: hãy nhập ví dụ 1000 hoặc 12,5", en: "Not a number: type e.g. 1000 or 12.5" },
  "exp-needs-valid-syntax": { vi: "explain chỉ giải thích một tệp hợp lệ: hãy sửa các lỗi trên rồi kiểm tra lại bằng egov-score validate {args}", en: "explain explains a valid file only: fix the errors above, then check with egov-score validate {args}" },
  "exp-needs-valid": { vi: "explain chỉ giải thích một tệp hợp lệ: hãy sửa các lỗi trên (kiểm tra lại bằng egov-score validate {args}) rồi chạy lại; trong lúc đó, egov-score assess {args} cho biết điểm tạm tính và những gì còn thiếu", en: "explain explains a valid file only: fix the errors above (check with egov-score validate {args}), then run it again; meanwhile egov-score assess {args} shows the score so far and what is missing" },
  "assess-bad-phone": { vi: "Số điện thoại chỉ gồm chữ số và các dấu cách, chấm, gạch, ngoặc, dấu +, ví dụ 0912 345 678 (xóa hết rồi Enter để bỏ qua)", en: "A phone number is digits with spaces, dots, dashes, brackets or +, e.g. 0912 345 678 (clear it and press Enter to skip)" },
  "assess-percent-share": { vi: "{text} % là rất thấp: ô phần trăm của Excel ghi {text} cho {percent} %. Tỷ lệ là bao nhiêu?", en: "{text} % is very low: an Excel percentage cell holds {text} for {percent} %. Which share is it?" },
  "assess-ambiguous": { vi: "\"{text}\" có thể là {a} hoặc {b}. Đó là số nào?", en: "\"{text}\" may be {a} or {b}. Which do you mean?" },
  "assess-not-integer": { vi: "Cần một số nguyên", en: "A whole number is needed" },
  "assess-below": { vi: "Phải lớn hơn hoặc bằng {min}", en: "Must be at least {min}" },
  "assess-above": { vi: "Phải nhỏ hơn hoặc bằng {max}", en: "Must be at most {max}" },
  "assess-above-unit": { vi: "Phải nhỏ hơn hoặc bằng {max}; {hint}", en: "Must be at most {max}; {hint}" },
  "assess-no-such-day": { vi: "Tháng {m} năm {y} chỉ có {last} ngày, không có ngày {d}: nhập ví dụ {example}", en: "{m} {y} has {last} days, there is no day {d}: type e.g. {example}" },
  "assess-no-such-month": { vi: "Không có tháng {m}: tháng từ 1 đến 12, ngày viết trước tháng (31/03/2025) hoặc năm viết trước (2025-03-31)", en: "There is no month {m}: months run from 1 to 12, the day written first (31/03/2025) or the year first (2025-03-31)" },
  "assess-no-such-month-swapped": { vi: "Không có tháng {m}: ngày viết trước tháng, hãy nhập {swapped}", en: "There is no month {m}: with slashes the day comes first, type {swapped}" },
  "assess-no-such-month-swapped-year-first": { vi: "Không có tháng {m}: viết theo thứ tự năm-tháng-ngày, hãy nhập {swapped}", en: "There is no month {m}: with the year first the month comes before the day, type {swapped}" },
  "assess-evidence-after-answer": { vi: "Văn bản ghi ngày {date}, sau ngày trả lời ở câu này ({answer}): nếu đó là chính kế hoạch hay quyết định ban hành, kiểm tra lại một trong hai ngày; một báo cáo sau đó thì giữ nguyên", en: "The document is dated {date}, after the date this question is answered with ({answer}): if it is the plan itself or the decision issuing it, check one of the two dates; a later report may stay" },
  "assess-date-future": { vi: "{date} là ngày sau hôm nay ({today}): kiểm tra lại năm/tháng", en: "{date} is after today ({today}): check the year and month" },
  "assess-date-year-added": { vi: "{text} được hiểu là ngày {date}", en: "{text} read as {date}" },
  "assess-date-short-year": { vi: "{text}: cần ghi năm đủ 4 chữ số, ví dụ {date}", en: "{text}: write the year in full, e.g. {date}" },
  "assess-invalid-date": { vi: "Ngày không hợp lệ: nhập ví dụ 31/03/2025 hoặc 2025-03-31", en: "Not a date: type 2025-03-31 or 31/03/2025" },
  "assess-date-range": { vi: "Ngày phải trong khoảng {min} – {max}", en: "The date must be between {min} and {max}" },
  "assess-na-forbidden": { vi: "Chỉ số này không cho phép trả lời không áp dụng: hãy nhập giá trị (0 nếu không có), hoặc ? để trả lời sau", en: "This indicator does not allow a not-applicable answer: type a value (0 where there is none), or ? to answer later" },
  "assess-na-forbidden-yes-no": { vi: "Chỉ số này không cho phép trả lời không áp dụng: hãy trả lời có hoặc không, hoặc ? để trả lời sau", en: "This indicator does not allow a not-applicable answer: answer yes or no, or ? to answer later" },
  "assess-na-evidence-dropped": { vi: "Đã bỏ minh chứng của câu trả lời trước, vì câu trả lời không áp dụng không được chấm theo minh chứng: {items}", en: "Removed the earlier answer's evidence, as an N/A answer is not scored on evidence: {items}" },
  "assess-na-reason": { vi: "Lý do không áp dụng", en: "Why it does not apply" },
  "assess-required": { vi: "Không được để trống", en: "This cannot be empty" },
  "assess-too-short": { vi: "Cần ít nhất {min} ký tự", en: "At least {min} characters" },
  "assess-fraction-both": { vi: "Lấy a = {a}, b = {b}", en: "Taken as a = {a}, b = {b}" },
  "assess-fraction-apart": { vi: "Một số có thể hiểu hai cách: hãy nhập a ở đây, b ở câu tiếp theo", en: "A figure can be read two ways: type a here and b at the next question" },
  "assess-percent-from-share": { vi: "{text} là {percent} %: hãy nhập {percent}", en: "{text} is {percent} %: type {percent}" },
  "assess-a-gt-b": { vi: "a = {a} ({numerator}) không được lớn hơn b = {b} ({denominator}); nhập lại", en: "a = {a} ({numerator}) cannot exceed b = {b} ({denominator}); enter them again" },
  "assess-too-long": { vi: "Tối đa {max} ký tự (đang có {count}); rút gọn lại", en: "At most {max} characters ({count} given); shorten it" },
  "header-email-comma-offered": { vi: "Địa chỉ thư điện tử có dấu phẩy: Enter để dùng {suggestion}, hoặc gõ địa chỉ khác", en: "The e-mail address has a comma: Enter takes {suggestion}, or type another" },
  "assess-bad-email": { vi: "Địa chỉ thư điện tử không hợp lệ (chỉ chữ không dấu, ví dụ ten.ho@so.gov.vn)", en: "Not a valid e-mail address (letters without diacritics, e.g. name@dept.gov.vn)" },
  "assess-name-no-letter": { vi: "Tên cần có chữ hoặc số, không chỉ có dấu cách hay ký tự vô hình", en: "A name needs letters or digits, not only spaces or invisible characters" },
  "assess-or-na": { vi: "{error}; nếu không áp dụng (chưa có số liệu), gõ na rồi ghi lý do", en: "{error}; if it does not apply (no figures yet), type na and give the reason" },
  "assess-empty-typed": { vi: "Hãy nhập câu trả lời (hoặc ? để trả lời sau, m để mở menu)", en: "Type an answer (or ? to answer later, m for the menu)" },
  "assess-evidence-citation-split": { vi: "Số hiệu văn bản: {number}; phần gõ kèm theo được điền sẵn ở câu sau (Enter để giữ)", en: "Document number: {number}; what was typed with it is filled in next (Enter keeps it)" },
  "assess-evidence-later": { vi: "Câu trả lời đã được lưu; minh chứng sẽ được hỏi khi quay lại câu này", en: "The answer is saved; the evidence is asked when this question comes back" },
  "assess-fraction-half-kept": { vi: "Đã lưu a = {a}; b sẽ được hỏi khi quay lại câu này (đến lúc đó câu này chưa được tính là đã trả lời)", en: "a = {a} is saved; b is asked when this question comes back (until then the question counts as unanswered)" },
  "assess-evidence-kept-at-exit": { vi: "Minh chứng đang gõ ở câu {code} ({field}) đã được lưu và câu được đánh dấu xem lại: lần sau chọn \"Câu đánh dấu xem lại\" trong menu (m) để kiểm tra", en: "The evidence being typed at {code} ({field}) is saved and the question marked for review: next time, choose \"Questions marked for review\" in the menu (m) to check it" },
  "assess-evidence-later-none-needed": { vi: "Câu trả lời và minh chứng đã được lưu; không thêm minh chứng khác", en: "The answer and its evidence are saved; no further item added" },
  "assess-evidence-later-typed": { vi: "Câu trả lời và phần minh chứng đã nhập đã được lưu; phần còn thiếu sẽ được hỏi khi quay lại câu này", en: "The answer and the evidence typed so far are saved; what it lacks is asked when this question comes back" },
  "assess-keep-flag": { vi: "Câu này đang được đánh dấu xem lại. Giữ dấu xem lại?", en: "This question is marked for review. Keep the mark?" },
  "assess-ambiguous-below-a": { vi: "{text} được hiểu là {value} (b = {other} sẽ nhỏ hơn a = {a})", en: "{text} read as {value} (b = {other} would be below a = {a})" },
  "assess-ambiguous-one": { vi: "{text} được hiểu là {value} ({other} không phải câu trả lời hợp lệ cho câu này)", en: "{text} read as {value} ({other} is not a possible answer here)" },
  "assess-not-percent": { vi: "Câu này không hỏi tỷ lệ phần trăm: hãy nhập số, không kèm dấu %", en: "This question does not ask for a percentage: type the number without %" },
  "assess-zero-denominator": { vi: "Chỉ số này không nhận mẫu số b = 0; nhập lại", en: "This indicator does not accept b = 0; enter them again" },
  "assess-zero-denominator-na": { vi: "Chỉ số này không nhận mẫu số b = 0; nhập lại, hoặc nếu chỉ số không áp dụng cho cơ quan, gõ na rồi ghi lý do", en: "This indicator does not accept b = 0; enter them again, or if it does not apply to the agency, type na and give the reason" },
  "assess-evidence-heading": { vi: "Minh chứng {n}{min}", en: "Evidence {n}{min}" },
  "assess-evidence-min": { vi: " (cần ít nhất {min})", en: " (at least {min} needed)" },
  "evidence-number": { vi: "Số hiệu văn bản", en: "Document number" },
  "evidence-date": { vi: "Ngày văn bản (31/03/2025 hoặc 2025-03-31)", en: "Document date (2025-03-31 or 31/03/2025)" },
  "evidence-title": { vi: "Trích yếu / tên tài liệu", en: "Title or summary" },
  "evidence-link": { vi: "Đường dẫn (link)", en: "Link" },
  "evidence-optional-field": { vi: " (Enter để bỏ qua)", en: " (Enter to skip)" },
  "assess-evidence-keep": { vi: "Giữ {count} minh chứng đã có?", en: "Keep the {count} evidence {count|item|items} already given?" },
  "assess-evidence-incomplete": { vi: "Minh chứng {n} thiếu hoặc sai: {fields}. Nhập bổ sung:", en: "Evidence item {n} lacks or has a wrong {fields}. Enter it:" },
  "assess-evidence-more": { vi: "Thêm minh chứng khác?", en: "Add another evidence item?" },
  "assess-evidence-add": { vi: "Thêm minh chứng?", en: "Add evidence?" },
  "assess-evidence-source": { vi: "Tài liệu đã khai ở chỉ số khác, hay tài liệu mới?", en: "A document given at another indicator, or a new one?" },
  "assess-evidence-new": { vi: "Tài liệu mới (nhập số, ngày, tên, đường dẫn)", en: "A new document (type its number, date, title, link)" },
  "assess-evidence-no-link": { vi: "chưa có đường dẫn", en: "no link" },
  "assess-evidence-cited-at": { vi: "đã khai ở {codes}", en: "given at {codes}" },
  "assess-link-offered": { vi: "Đường dẫn gõ kèm câu trả lời được điền sẵn ở mục {where} (Enter để giữ)", en: "The link typed with the answer is filled in at {where} (Enter keeps it)" },
  "assess-link-at-evidence": { vi: "«Đường dẫn (link)» của minh chứng", en: "the evidence's “Link”" },
  "assess-link-at-note": { vi: "Ghi chú", en: "the note" },
  "assess-note": { vi: "Ghi chú (Enter để bỏ qua)", en: "Note (Enter to skip)" },
  "assess-note-yes-no": { vi: "Ghi chú \"{note}\" là một câu trả lời có/không (gõ sớm cho câu sau?). Vẫn lưu làm ghi chú?", en: "The note \"{note}\" is a yes/no answer (typed early for the next question?). Save it as the note anyway?" },
  "assess-note-kept-at-exit": { vi: "Ghi chú đang gõ ở câu {code} đã được lưu và câu được đánh dấu xem lại: lần sau chọn \"Câu đánh dấu xem lại\" trong menu (m) để gõ tiếp hoặc xóa ghi chú", en: "The note being typed at {code} is saved and the question marked for review: next time, choose \"Questions marked for review\" in the menu (m) to finish or clear the note" },
  "assess-evidence-not-kept-at-exit": { vi: "Minh chứng đang gõ ở câu {code} ({field}) không được lưu: {why}", en: "The evidence being typed at {code} ({field}) is not saved: {why}" },
  "assess-line-too-long-at-exit": { vi: "Nội dung đang gõ ở câu {code} không được lưu: {count} ký tự, quá mức tối đa {max}", en: "What was being typed at {code} is not saved: {count} characters, over the limit of {max}" },
  "assess-reason-kept-at-exit": { vi: "Lý do không áp dụng đang gõ ở câu {code} đã được lưu và câu được đánh dấu xem lại: lần sau chọn \"Câu đánh dấu xem lại\" trong menu (m) để gõ tiếp hoặc sửa lý do", en: "The N/A reason being typed at {code} is saved and the question marked for review: next time, choose \"Questions marked for review\" in the menu (m) to finish or change the reason" },
  "assess-note-saved": { vi: "Ghi chú (Enter để giữ; Backspace rồi Enter để xóa)", en: "Note (Enter keeps it; Backspace then Enter clears it)" },
  "assess-earned": { vi: "{points} / {max} điểm", en: "{points} / {max} {max|point|points}" },
  "assess-late": { vi: "(quá hạn {by}: được điểm khi quá hạn; đúng hạn được {max} điểm)", en: "(past the deadline, {by}: the late points; {max} {max|point|points} if on time)" },
  "assess-late-none": { vi: "(quá hạn {by}: không được điểm; đúng hạn được {max} điểm)", en: "(past the deadline, {by}: no points; {max} {max|point|points} if on time)" },
  "assess-relative": { vi: "Điểm của chỉ số này được tính khi chấm cùng các cơ quan khác (so sánh cả lô)", en: "This indicator is scored against the other agencies when the batch is scored together" },
  "assess-excluded": { vi: "không áp dụng: không tính vào điểm tối đa của nhóm", en: "not applicable: left out of the group's maximum" },
  "choice-na": { vi: "Không áp dụng", en: "Not applicable" },
  "choice-skip": { vi: "Trả lời sau", en: "Answer later" },
  "choice-menu": { vi: "Mở menu", en: "Open the menu" },
  "choice-none": { vi: "Không có mục nào (lưu là danh sách trống)", en: "None of them (save an empty list)" },
  "level-option": { vi: "Mức {n}", en: "Level {n}" },
  "menu-title": { vi: "Menu", en: "Menu" },
  "menu-continue": { vi: "Tiếp tục với câu chưa trả lời tiếp theo", en: "Continue with the next unanswered question" },
  "menu-group": { vi: "Chuyển đến nhóm…", en: "Go to a group…" },
  "menu-unanswered": { vi: "Câu chưa trả lời ({count})…", en: "Unanswered questions ({count})…" },
  "menu-flagged": { vi: "Câu đánh dấu xem lại ({count})…", en: "Questions marked for review ({count})…" },
  "menu-change": { vi: "Sửa một câu trả lời…", en: "Change an answer…" },
  "menu-flag": { vi: "Đánh dấu / bỏ đánh dấu xem lại…", en: "Mark / unmark for review…" },
  "menu-finish": { vi: "Hoàn thành và chấm điểm", en: "Finish and score" },
  "menu-quit": { vi: "Thoát (đã lưu, tiếp tục sau)", en: "Quit (saved; resume later)" },
  "menu-pick-typed": { vi: "Chọn câu hỏi (↑↓, hoặc gõ mã câu, ví dụ {example}, rồi Enter)", en: "Pick a question (↑↓, or type its code, e.g. {example}, then Enter)" },
  "assess-level-not-listed": { vi: "\"{text}\" không phải mức nào trong danh sách: chọn mức từ {min} đến {max}", en: "\"{text}\" is none of the levels: pick a level from {min} to {max}" },
  "assess-choice-not-listed": { vi: "\"{text}\" không chỉ đúng một lựa chọn trong danh sách: chọn bằng ↑↓ rồi Enter, hoặc gõ đầu tên lựa chọn", en: "\"{text}\" names no one option of the list: pick it with ↑↓ then Enter, or type its first words" },
  "menu-pick-not-listed": { vi: "Không có câu {code} trong danh sách", en: "No question {code} in the list" },
  "menu-pick-ambiguous": { vi: "Mã {code} ứng với nhiều câu (khác nhau chữ hoa, chữ thường): gõ mã đúng như trong danh sách", en: "{code} matches more than one question (upper and lower case apart): type the code as the list writes it" },
  "menu-pick-group": { vi: "Chọn nhóm", en: "Pick a group" },
  "menu-pick-group-not-listed": { vi: "Không có nhóm {code} trong danh sách", en: "No group {code} in the list" },
  "menu-group-done": { vi: "xong {done}/{total}", en: "{done}/{total} done" },
  "menu-back": { vi: "← Quay lại", en: "← Back" },
  "assess-type-changed": { vi: "Loại cơ quan trong tệp đổi từ {from} thành {to} theo --agency-type; các câu hỏi là của loại mới", en: "The file's agency type changes from {from} to {to}, as --agency-type asks; the questions are the new type's" },
  "assess-misspelt-header": { vi: "Tệp có thông tin chung dưới tên khóa viết sai (ở trên), nên các câu hỏi dưới đây hỏi lại: để giữ những gì tệp đã ghi, dừng lại (Ctrl-C), sửa tên khóa trong tệp rồi chạy lại lệnh này", en: "The file has its header under a misspelt key (above), so the questions below ask it again: to keep what the file holds, stop (Ctrl-C), correct the key in the file and run this command again" },
  "header-intro": { vi: "Thông tin chung về cơ quan", en: "About the agency" },
  "header-name": { vi: "Tên cơ quan", en: "Agency name" },
  "header-id": { vi: "Mã cơ quan (chữ, số, dấu - . _), ví dụ qb-skhcn, tn-can-giuoc", en: "Agency id (letters, digits, - . _), e.g. qb-skhcn, tn-can-giuoc" },
  "header-id-invalid": { vi: "Mã chỉ gồm chữ không dấu, số và các dấu - . _", en: "Use letters without diacritics, digits and - . _ only" },
  "header-id-invalid-suggest": { vi: "Mã chỉ gồm chữ không dấu, số và các dấu - . _: có phải là {suggestion}?", en: "Use letters without diacritics, digits and - . _ only: did you mean {suggestion}?" },
  "header-type": { vi: "Loại cơ quan", en: "Agency type" },
  "header-type-other-rubric": { vi: "Cơ quan loại khác ({types}): {command}", en: "Another kind of agency ({types}): {command}" },
  "header-cohort": { vi: "Khối xếp hạng", en: "Ranking cohort" },
  "header-period-other": { vi: "Bộ chỉ số dành cho kỳ {rubric_period}, còn kỳ vừa nhập là {period}. Giữ kỳ {period}?", en: "The rubric is for period {rubric_period}, and the period typed is {period}. Keep {period}?" },
  "header-period": { vi: "Kỳ đánh giá", en: "Period" },
  "header-id-spelled": { vi: "Mã chỉ gồm chữ không dấu, số và các dấu - . _: Enter để dùng {suggestion}, hoặc gõ mã khác", en: "An id has letters without diacritics, digits and - . _ only: Enter takes {suggestion}, or type another" },
  "header-id-unusable": { vi: "(tệp ghi \"{found}\", không dùng được làm mã)", en: "(the file has \"{found}\", which cannot be an id)" },
  "header-name-unusable": { vi: "(tên trong tệp không dùng được: chỉ có dấu cách, ký tự vô hình, hoặc dài quá 500 ký tự)", en: "(the name in the file cannot be used: only spaces or invisible characters, or over 500 characters)" },
  "header-respondent": { vi: "Người trả lời (họ và tên)", en: "Respondent (full name)" },
  "header-position": { vi: "Chức vụ (Enter để bỏ qua)", en: "Position (Enter to skip)" },
  "header-position-email": { vi: "\"{typed}\" là địa chỉ thư điện tử, sẽ được điền sẵn ở câu Thư điện tử. Chức vụ (Enter để bỏ qua)", en: "\"{typed}\" is an e-mail address, filled in at E-mail. Position (Enter to skip)" },
  "header-position-phone": { vi: "\"{typed}\" là số điện thoại, sẽ được điền sẵn ở câu Điện thoại. Chức vụ (Enter để bỏ qua)", en: "\"{typed}\" is a phone number, filled in at Phone. Position (Enter to skip)" },
  "header-phone": { vi: "Điện thoại (Enter để bỏ qua)", en: "Phone (Enter to skip)" },
  "header-email": { vi: "Thư điện tử (Enter để bỏ qua)", en: "E-mail (Enter to skip)" },
  "assess-new": { vi: "Tạo phiếu mới: {file}", en: "New agency file: {file}" },
  "assess-resume-none": { vi: "Bắt đầu trả lời {file}: {count} câu", en: "Starting {file}: {count} questions to answer" },
  "assess-resume": { vi: "Tiếp tục {file}: đã trả lời {answered}/{count} câu", en: "Resuming {file}: {answered} of {count} questions answered" },
  "assess-saved": { vi: "đã lưu", en: "saved" },
  "assess-save-retry": { vi: "Chưa lưu được câu trả lời vừa nhập. Sửa lỗi trên (quyền ghi, dung lượng đĩa, tệp đang bị khóa) rồi thử lưu lại?", en: "The answer just given is not saved yet. Fix the above (write permission, disk space, a locked file) and try saving again?" },
  "assess-edited-retry": { vi: "Tệp {file} vừa bị sửa ngoài egov-score và nay không dùng được (lỗi ở trên): câu trả lời vừa nhập chưa được lưu, vẫn còn trong bộ nhớ. Sửa tệp (hoặc hoàn tác thay đổi) rồi thử lưu lại?", en: "{file} was changed outside egov-score and cannot be used now (errors above): the answer just given is not saved yet, it waits in memory. Fix the file (or undo the change) and try saving again?" },
  "assess-save-declined-answer": { vi: "Câu trả lời {code} vừa nhập CHƯA được lưu: {answer}. Hãy ghi lại để nhập lại khi tiếp tục.", en: "The answer to {code} just given is NOT saved: {answer}. Note it down to type it again when you go on." },
  "assess-unsaved-evidence": { vi: "minh chứng", en: "evidence" },
  "assess-unsaved-note": { vi: "ghi chú", en: "note" },
  "assess-save-declined": { vi: "Các câu trả lời trước câu này vẫn còn trong {file}; sửa lỗi rồi chạy lại egov-score assess {args} để tiếp tục.", en: "The answers before this one are still in {file}; fix the error, then run egov-score assess {args} again to go on." },
  "assess-all-answered": { vi: "Đã trả lời tất cả các câu.", en: "Every question is answered." },
  "assess-interrupted": { vi: "Đã dừng. Mọi câu trả lời đã hoàn thành đều được lưu trong {file}.\nTiếp tục: egov-score assess {args}", en: "Stopped. Every completed answer is saved in {file}.\nResume with: egov-score assess {args}" },
  "assess-not-tty": { vi: "Lệnh assess cần một cửa sổ dòng lệnh (terminal) để hỏi đáp. Không có cửa sổ này: tạo phiếu bằng egov-score init -o TỆP{init}, điền bằng trình soạn thảo, rồi kiểm tra bằng egov-score validate TỆP{rubric} và chấm bằng egov-score score TỆP{rubric}", en: "assess needs an interactive terminal. Without one: write a blank file with egov-score init -o FILE{init}, fill it in an editor, then check it with egov-score validate FILE{rubric} and score it with egov-score score FILE{rubric}" },
  "assess-not-saved": { vi: "Đã dừng trước khi tạo phiếu; chưa có gì được lưu.", en: "Stopped before the file was created; nothing was saved." },
  "init-schema-kept": { vi: "Giữ nguyên {file} vì tệp này khác với tệp giúp trình soạn thảo của bộ chỉ số {rubric} (của phiên bản trước, hoặc đã được sửa): trình soạn thảo sẽ kiểm tra {agency} theo tệp này; để ghi tệp của bộ chỉ số (chỉ tệp này, không đụng tới câu trả lời): {command}", en: "Kept {file}, which differs from the schema of {rubric} (an earlier version, or edited): editors check {agency} against it; to write the rubric's (that file alone, the answers untouched): {command}" },
  "init-written-alone": { vi: "Đã tạo {file}", en: "Wrote {file}" },
  "init-other-rubrics": { vi: "Bộ chỉ số {rubric} dành cho: {types}. Cơ quan loại khác hãy tạo lại phiếu theo bộ chỉ số có sẵn dành cho mình (--force ghi đè phiếu trống vừa tạo):", en: "Rubric {rubric} is for: {types}. Another kind of agency makes the file again with its own bundled rubric (--force writes over the blank file just made):" },
  "init-written": { vi: "Đã tạo {file} (kèm tệp giúp trình soạn thảo gợi ý và kiểm tra khi điền: {schema})", en: "Wrote {file} (schema for editors: {schema})" },
  "assess-hand-edit-errors": { vi: "{file} vừa được sửa ngoài phiên này và nay có {count} lỗi (ở dưới); các câu trả lời vẫn được lưu. Hãy sửa trong tệp trước khi gửi.", en: "{file} was edited outside this session and now has {count} {count|error|errors} (below); the answers are still saved. Fix {count|it|them} in the file before sending it." },
  "assess-finished": { vi: "Hoàn thành: {file}", en: "Finished: {file}" },
  "assess-submitted": { vi: "Ngày gửi kết quả tự đánh giá về đơn vị tổng hợp (ngày của công văn gửi)", en: "Date the self-assessment is sent to the collector (the date of its covering letter)" },
  "assess-submitted-not-yet": { vi: "Chưa gửi (để trống)", en: "Not sent yet (left empty)" },
  "assess-submitted-keep": { vi: "Giữ ngày {date}", en: "Keep {date}" },
  "assess-submitted-today": { vi: "Hôm nay, {date}", en: "Today, {date}" },
  "assess-submitted-other": { vi: "Ngày khác…", en: "Another date…" },
  "assess-submitted-clear": { vi: "Chưa gửi (xóa ngày đã ghi)", en: "Not sent yet (clear the date)" },
  "assess-submitted-date": { vi: "Ngày gửi (ngày/tháng/năm, ví dụ 25/09/2025)", en: "Date sent (year-month-day, for example 2025-09-25)" },
  "assess-submitted-future": { vi: "Ngày gửi không thể sau hôm nay ({today})", en: "The date sent cannot be after today ({today})" },
  "assess-submitted-before-period": { vi: "Ngày gửi không thể trước kỳ đánh giá {period}", en: "The date sent cannot be before the period {period}" },
  "assess-submitted-dates-later": { vi: "{count} ngày ghi trong câu trả lời hoặc minh chứng sau ngày gửi {date} ({codes}): ngày gửi có đúng không?", en: "{count} {count|date|dates} in answers or evidence {count|is|are} after the date sent, {date} ({codes}): is that date right?" },
  "assess-submitted-evidence-later": { vi: "{count} minh chứng ghi ngày sau ngày gửi {date} ({codes}): ngày gửi có đúng không?", en: "{count} evidence {count|item is|items are} dated after the date sent, {date} ({codes}): is that date right?" },
  "assess-edited-short": { vi: "tệp vừa bị sửa ngoài egov-score và nay không dùng được", en: "it was changed outside egov-score and cannot be used now" },
  "assess-submitted-not-saved": { vi: "Chưa ghi được ngày gửi vào {file} ({detail}); các câu trả lời vẫn được lưu trong tệp.", en: "The date sent could not be written to {file} ({detail}); the answers are saved in it." },
  "assess-finished-evidence": { vi: "Chưa gửi được {file}: còn thiếu minh chứng cho {codes}, nên lệnh score chưa chấm tệp này; tổng điểm trên là điểm sẽ có khi đủ minh chứng. Chạy lại egov-score assess {args} để bổ sung.", en: "{file} cannot be sent yet: evidence is missing for {codes}, so score refuses the file; the total above is the one it will have once the evidence is given. Run egov-score assess {args} again to add it." },
  "assess-finished-na-reason": { vi: "Chưa gửi được {file}: còn thiếu lý do không áp dụng cho {reasons}{evidence}, nên lệnh score chưa chấm tệp này; tổng điểm trên là điểm sẽ có khi bổ sung đủ. Chạy lại egov-score assess {args} để bổ sung.", en: "{file} cannot be sent yet: the reason for not applicable is missing at {reasons}{evidence}, so score refuses the file; the total above is the one it will have once they are given. Run egov-score assess {args} again to add them." },
  "assess-finished-and-evidence": { vi: " và minh chứng cho {codes}", en: " and evidence for {codes}" },
  "assess-finish-invalid": { vi: "Tệp chưa gửi được vì các lỗi trên: chạy lại egov-score assess {args} (các câu có lỗi được hỏi lại trước), hoặc sửa trực tiếp trong tệp.", en: "The file cannot be sent yet because of the errors above: run egov-score assess {args} again (the answers in error are asked first), or fix them in the file." },
  "assess-finish-stale": { vi: "Tệp vẫn còn câu trả lời ở mã {codes}, mã không có trong bộ chỉ số {rubric}: chạy lại egov-score assess {args} để chuyển sang mã đúng, xóa, hoặc để riêng thành ghi chú (comment) trong tệp, hoặc sửa trực tiếp trong tệp.", en: "The file still answers {codes}, {count|a code|codes} rubric {rubric} does not have: run egov-score assess {args} again to move {count|it|them} to the right code, remove {count|it|them} or keep {count|it|them} aside as a comment in the file, or edit the file." },
  // Answers under a code the rubric does not have (re-coded or dropped by a later version, mistyped by hand)
  "stale-intro": { vi: "Câu trả lời {code} không thuộc chỉ số nào của bộ chỉ số {rubric} (phiên bản mới có thể đã đổi mã hoặc bỏ chỉ số này): câu này không được chấm, và tệp chưa gửi được khi còn nó.", en: "{code} answers no indicator of rubric {rubric} (a later version may have re-coded or dropped it): it is not scored, and the file cannot be sent while it is there." },
  "stale-intro-invisible": { vi: "Câu trả lời {code} không thuộc chỉ số nào của bộ chỉ số {rubric} vì mã có một ký tự vô hình ({char} tại ký tự thứ {position}), thường do dán từ Word hoặc Zalo: câu này không được chấm, và tệp chưa gửi được khi còn nó.", en: "{code} answers no indicator of rubric {rubric} because the code holds an invisible character ({char} at character {position}), usually pasted from Word or a chat app: it is not scored, and the file cannot be sent while it is there." },
  "stale-intro-invisibles": { vi: "Câu trả lời {code} không thuộc chỉ số nào của bộ chỉ số {rubric} vì mã có {count} ký tự vô hình (mã ký tự và vị trí trong mã: {list}), thường do dán từ Word hoặc Zalo: câu này không được chấm, và tệp chưa gửi được khi còn nó.", en: "{code} answers no indicator of rubric {rubric} because the code holds {count} invisible characters (code point and character number: {list}), usually pasted from Word or a chat app: it is not scored, and the file cannot be sent while it is there." },
  "stale-not-asked": { vi: "{to}, mã gần {code} nhất, không hỏi loại cơ quan này: không chuyển câu trả lời sang đó được.", en: "{to}, the code nearest {code}, is not asked of this type of agency: the answer cannot go there." },
  "stale-no-fit": { vi: "{to}, mã gần {code} nhất, nhận {format}; câu trả lời ở {code} không hợp nên không chuyển sang đó được.", en: "{to}, the code nearest {code}, takes {format}; what {code} holds does not fit it, so it cannot go there." },
  "stale-other-kind": { vi: "{code} đã trả lời theo dạng {was}; {to} nhận {format}, một loại số liệu khác: không chuyển sang đó. Có thể để riêng thành ghi chú (Enter), xóa, hoặc để nguyên lúc này.", en: "{code} was answered as {was}; {to} takes {format}, another kind of figure: it is not moved there. Keep it aside in a comment (Enter), remove it or leave it for now." },
  "stale-empty": { vi: "{code} không có câu trả lời, ghi chú hay minh chứng nào: không có gì để chuyển.", en: "{code} holds no answer, note or evidence: there is nothing to move." },
  "stale-move-taken": { vi: "{to} vừa được trả lời ở nơi khác (cửa sổ khác hoặc trình soạn thảo): không chuyển {code} sang đó, để khỏi ghi đè câu trả lời ấy; hỏi lại", en: "{to} was answered meanwhile (another window or an editor): {code} is not moved there, over that answer; asked again" },
  "stale-what": { vi: "Xử lý câu trả lời {code} thế nào?", en: "What to do with {code}?" },
  "stale-move": { vi: "Chuyển sang {to}. {title}: {value}{with}", en: "Move it to {to}. {title}: {value}{with}" },
  "stale-remove": { vi: "Xóa khỏi tệp: xóa câu trả lời{with}", en: "Remove it from the file: its answer deleted{with}" },
  "stale-aside": { vi: "Để riêng thành ghi chú phía trên answers: (không chấm, không mất gì)", en: "Keep it aside in a comment above answers: (not scored, nothing lost)" },
  "stale-aside-heading": { vi: "Câu trả lời {code} assess để riêng, không được chấm (không có chỉ số nào của bộ chỉ số {rubric}):", en: "Answer {code} kept aside by assess, not scored (no indicator of rubric {rubric}):" },
  "stale-kept-aside": { vi: "Đã để riêng {code} thành ghi chú phía trên answers:", en: "{code} kept aside as a comment above answers:" },
  "stale-leave": { vi: "Để nguyên lúc này (tệp chưa hợp lệ khi còn câu này)", en: "Leave it for now (the file stays invalid while it is there)" },
  "stale-with": { vi: ", kèm {parts}", en: ", with {parts}" },
  "stale-evidence": { vi: "{count} minh chứng", en: "{count} evidence {count|item|items}" },
  "stale-note": { vi: "ghi chú", en: "the note" },
  "stale-verified": { vi: "giá trị thẩm định của đơn vị tổng hợp{by}", en: "the collector's verified value{by}" },
  "stale-left": { vi: "Giữ nguyên {code} trong tệp: tệp chưa hợp lệ đến khi chuyển, xóa hoặc để riêng câu này (lần chạy assess sau sẽ hỏi lại)", en: "{code} left in the file: it stays invalid until {code} is moved, removed or kept aside (the next assess asks again)" },
  "stale-moved": { vi: "Đã chuyển {code} sang {to}", en: "{code} moved to {to}" },
  "stale-removed": { vi: "Đã xóa {code}", en: "{code} removed" },
  "assess-finish-unanswered": { vi: "Còn {count} câu chưa trả lời. Vẫn hoàn thành và chấm điểm?", en: "{count} {count|question is|questions are} not answered yet. Finish and score all the same?" },
  "assess-missing-evidence": { vi: "Thiếu minh chứng: {codes}", en: "Missing evidence: {codes}" },
  "assess-missing-na-reason": { vi: "Thiếu lý do không áp dụng: {codes}", en: "Missing reason for not applicable: {codes}" },
  "assess-question-count": { vi: "Đã trả lời {answered}/{count} câu hỏi. Dòng «Phải trả lời» của bảng trên không tính {extra} câu điểm thưởng hoặc chỉ thu thập thông tin.", en: "{answered} of {count} questions answered. The table's “Indicators to answer” line leaves out {extra} bonus or information-only {extra|question|questions}." },
  "assess-question-count-na": { vi: "Đã trả lời {answered}/{count} câu hỏi. Dòng «Phải trả lời» của bảng trên không tính {extra} câu điểm thưởng hoặc chỉ thu thập thông tin, và đếm riêng {na} câu trả lời «không áp dụng».", en: "{answered} of {count} questions answered. The table's “Indicators to answer” line leaves out {extra} bonus or information-only {extra|question|questions} and counts the {na} “not applicable” {na|answer|answers} apart." },
  "assess-bonus-unclaimed": { vi: "Điểm thưởng chưa khai (không bắt buộc): {codes}", en: "Bonus items not claimed (optional): {codes}" },
  "assess-unanswered-list": { vi: "Chưa trả lời: {codes}", en: "Unanswered: {codes}" },
  "assess-flagged-list": { vi: "Đánh dấu xem lại: {codes}", en: "Marked for review: {codes}" },
  "assess-file-unreadable": { vi: "Không đọc được {file} để tiếp tục (xem lỗi ở trên); tệp không bị thay đổi", en: "Cannot read {file} to resume it (see the errors above); the file was not changed" },
  "assess-na-first-part": { vi: "Không áp dụng là cho cả chỉ số, chọn ở ý đầu tiên; ở ý này hãy trả lời (0 hoặc không nếu không có)", en: "Not applicable is for the whole indicator, chosen at its first part; answer this part (0 or no where there is none)" },
  "assess-parts-na": { vi: "(Không áp dụng, nếu chọn ở ý này, là cho cả chỉ số)", en: "(Not applicable, if chosen here, is for the whole indicator)" },
  "assess-resume-parts": { vi: "Câu {codes} còn ý chưa trả lời (ở trên): sẽ được hỏi lại trước", en: "Parts of {codes} are unanswered (above): asked again first" },
  "assess-resume-evidence": { vi: "Câu {codes} còn thiếu minh chứng: sẽ được hỏi trước", en: "Evidence still to add to {codes}: asked first" },
  "assess-resume-na-reason": { vi: "Câu {codes} còn thiếu lý do không áp dụng: sẽ được hỏi trước", en: "The reason for not applicable is still to give at {codes}: asked first" },
  "assess-resume-redo": { vi: "Tệp có {count} lỗi (ở trên): câu {codes} sẽ được hỏi lại trước", en: "The file has {count} {count|error|errors} (above): {codes} will be asked again first" },
  "assess-rubric-named": { vi: "{file} không ghi bộ chỉ số: đã thêm dòng {line} ở đầu tệp, theo bộ chỉ số đang trả lời", en: "{file} named no rubric: the line {line} is added at its top, for the rubric answered here" },
  "assess-rubric-filled": { vi: "{file} để trống dòng rubric: đã ghi thành {line}, theo bộ chỉ số đang trả lời", en: "{file} left its rubric line empty: it now reads {line}, for the rubric answered here" },
  "assess-resume-submitted": { vi: "Ngày gửi trong tệp không phải là một ngày (ở trên): sẽ được hỏi lại khi chọn Hoàn thành", en: "The date sent in the file is not a date (above): it is asked again when you choose Finish" },
  "assess-submitted-unusable": { vi: "Ngày gửi trong tệp (\"{found}\") không phải là một ngày: hãy chọn lại", en: "The date sent in the file (\"{found}\") is not a date: choose it again" },
  "assess-resume-errors": { vi: "Tệp có {count} lỗi (ở trên) mà các câu hỏi không sửa được: hãy sửa trong tệp trước khi gửi", en: "The file has {count} {count|error|errors} (above) that the questions cannot fix: fix {count|it|them} in the file before sending it" },
  "assess-taken-resume": { vi: "Đã có tệp {file} (phiếu của {name}, đã trả lời {answered} câu). Tiếp tục điền tệp này?", en: "{file} already exists ({name}, {answered} {answered|answer|answers}). Resume it?" },
  "assess-taken-left": { vi: "Tệp {file} giữ nguyên. Để tạo phiếu khác, đặt tên tệp: egov-score assess TỆP.yaml", en: "{file} was left as it was. To start another file, name it: egov-score assess FILE.yaml" },
  "assess-taken-unreadable": { vi: "Đã có tệp {file} nhưng không đọc được (xem lỗi ở trên); tệp giữ nguyên. Sửa tệp đó, hoặc đặt tên tệp khác: egov-score assess TỆP.yaml", en: "{file} already exists but cannot be read (see above); it was left as it was. Fix it, or name another file: egov-score assess FILE.yaml" },
  "assess-rubric-not-bundled": { vi: "Chưa sửa gì trong {file}: bộ chỉ số tệp này trả lời không có sẵn trong egov-score (xem lỗi ở trên); chỉ ra tệp bộ chỉ số bằng --rubric TỆP", en: "{file} was left as it was: the rubric it answers is not bundled with egov-score (see above); name its file with --rubric FILE" },
  "assess-not-agency": { vi: "Chưa sửa gì trong {file}: tệp này không phải phiếu của cơ quan (xem lỗi ở trên). Để trả lời, đặt tên cho một tệp mới: egov-score assess TỆP-MỚI.yaml (thêm --rubric {rubric_word} nếu đây là bộ chỉ số cần trả lời)", en: "{file} was left as it was: it is not an agency file (see above). To answer, name a new file: egov-score assess NEW-FILE.yaml (with --rubric {rubric_word} if this is the rubric to answer)" },
  "assess-other-rubric": { vi: "Chưa sửa gì trong {file}: tệp này trả lời một bộ chỉ số khác với bộ đang dùng (xem lỗi ở trên; chọn đúng bộ chỉ số bằng --rubric TỆP)", en: "{file} was left as it was: it answers another rubric than the one in use (see above; name the right one with --rubric FILE)" },
  "version-move-intro": { vi: "{file} trả lời phiên bản {found} của bộ chỉ số {rubric}; bộ đang dùng là phiên bản {expected}. Chuyển tệp sang phiên bản {expected} thì:", en: "{file} answers version {found} of rubric {rubric}; the rubric in use is version {expected}. If the file is moved to version {expected}:" },
  "version-move-kept": { vi: "  - giữ nguyên {count} câu trả lời{codes}", en: "  - {count} {count|answer is|answers are} kept{codes}" },
  "version-move-no-answer": { vi: "  - tệp chưa có câu trả lời nào: không mất gì", en: "  - the file holds no answer yet: nothing is lost" },
  "version-move-unasked": { vi: "  - {codes}: phiên bản {expected} không áp dụng cho loại cơ quan «{type_label}»: câu trả lời vẫn để trong tệp nhưng không được chấm", en: "  - {codes}: version {expected} does not ask {count|it|them} of the agency type “{type_label}”: {count|its answer stays|their answers stay} in the file, not scored" },
  "version-move-unasked-blanks": { vi: "  - {codes}: phiên bản {expected} không còn hỏi {count|câu này|các câu này} với loại cơ quan «{type_label}»; khi chuyển, {count|câu này|các câu này} (còn để trống, chưa trả lời) được bỏ khỏi tệp, không mất gì", en: "  - {codes}: version {expected} no longer asks {count|this question|these questions} of the agency type “{type_label}”; the move takes {count|its blank|their blanks} out of the file (unanswered: nothing lost)" },
  "version-move-gone": { vi: "  - {codes}: phiên bản {expected} không còn chỉ số này; được hỏi từng câu ngay sau đây (Enter: để riêng thành ghi chú trong tệp, không mất gì; hoặc xóa, để nguyên; chỉ chuyển sang chỉ số hỏi cùng loại câu trả lời)", en: "  - {codes}: version {expected} has no such indicator; each is asked about next (Enter: kept aside as a comment in the file, nothing lost; or removed, left; moved only to an indicator asking the same kind of answer)" },
  "version-move-added": { vi: "  - chỉ số mới cần trả lời: {codes}", en: "  - new indicators to answer: {codes}" },
  "version-move-max": { vi: "  - điểm tối đa đổi: {changes}", en: "  - maximum points changed: {changes}" },
  "version-move-recoded": { vi: "  - {changes}: phiên bản {expected} đánh số lại {count|chỉ số này|các chỉ số này}; khi chuyển, câu trả lời của {count|chỉ số đó|chúng} được ghi sang số mới", en: "  - {changes}: version {expected} renumbers {count|this indicator|these indicators}; the move gives {count|its answer the new code|their answers the new codes}" },
  "version-move-reused": { vi: "  - {codes}: phiên bản {expected} đã bỏ chỉ số cũ và dùng mã này cho chỉ số khác; khi chuyển, câu trả lời cũ được để riêng thành ghi chú phía trên answers: (không chấm, không mất gì)", en: "  - {codes}: version {expected} dropped the old indicator and gives its code to another; the move keeps the old answer aside as a comment above answers: (not scored, nothing lost)" },
  "version-move-aside-heading": { vi: "Câu trả lời {code} của phiên bản {found}, assess để riêng, không được chấm (phiên bản {expected} dùng mã này cho chỉ số khác):", en: "Answer {code} of version {found} kept aside by assess, not scored (version {expected} gives this code to another indicator):" },
  "version-move-aside-held": { vi: "Câu trả lời {code} của phiên bản {found}, assess để riêng, không được chấm (phiên bản {expected} đánh số lại thành {now}, mã mà tệp đã có một câu trả lời khác):", en: "Answer {code} of version {found} kept aside by assess, not scored (version {expected} renumbers it {now}, a code the file already holds another answer under):" },
  "version-move-carried": { vi: "Câu trả lời đã sang số mới: {changes}", en: "Answers now under their new codes: {changes}" },
  "version-move-group-max": { vi: "  - điểm tối đa của nhóm, của thang điểm đổi: {changes}", en: "  - group and scale maxima changed: {changes}" },
  "version-move-group": { vi: "nhóm {code}", en: "group {code}" },
  "version-move-scale": { vi: "thang điểm", en: "the scale" },
  "version-move-no-previous": { vi: "  (không tìm thấy tệp bộ chỉ số phiên bản {found} cạnh tệp trả lời hay tệp --rubric: chưa nói được chỉ số nào mới, đổi điểm tối đa hay được đánh số lại: trước khi chuyển, kiểm tra bằng egov-score rubric test --previous)", en: "  (the version {found} rubric file was not found beside the agency file or the --rubric file: which indicators are new, changed their maximum or were renumbered cannot be told: check with egov-score rubric test --previous before moving)" },
  "version-move-confirm": { vi: "Chuyển {file} sang phiên bản {expected}?", en: "Move {file} to version {expected}?" },
  "version-move-stopped": { vi: "Đã dừng; {file} để nguyên, vẫn trả lời phiên bản {found}.", en: "Stopped; {file} is left as it was, still answering version {found}." },
  "version-move-done": { vi: "Đã ghi phiên bản {expected} vào {file}", en: "{file} now answers version {expected}" },
  "version-move-schema": { vi: "Đã ghi {schema} (tệp giúp trình soạn thảo gợi ý và kiểm tra khi điền, mà dòng đầu tệp nay trỏ tới)", en: "Wrote {schema} (the schema for editors the file's first line now names)" },
  "version-move-schema-unwritten": { vi: "Không ghi được {schema} ({detail}): trình soạn thảo sẽ báo thiếu tệp mà dòng đầu của {file} trỏ tới", en: "Could not write {schema} ({detail}): editors will report the schema {file}'s first line names as missing" },
  "version-move-schema-is-rubric": { vi: "đó là tệp bộ chỉ số đang dùng", en: "it is the rubric file in use" },
  "assess-other-version-bundled": { vi: "Chưa sửa gì trong {file}: tệp trả lời phiên bản {found}, bộ đang dùng là phiên bản {expected}. Để chuyển tệp sang phiên bản {expected}: chạy lại lệnh này và trả lời có; để tiếp tục phiên bản {found} (có sẵn trong egov-score): {command}", en: "{file} was left as it was: it answers version {found}, the rubric in use is version {expected}. To move it to version {expected}: run this again and answer yes; to go on with version {found} (bundled with egov-score): {command}" },
  "assess-other-version": { vi: "Chưa sửa gì trong {file}: tệp trả lời phiên bản {found}, bộ đang dùng là phiên bản {expected}. Để chuyển tệp sang phiên bản {expected}: chạy lại lệnh này và trả lời có; để tiếp tục phiên bản {found}: --rubric TỆP của phiên bản {found}", en: "{file} was left as it was: it answers version {found}, the rubric in use is version {expected}. To move it to version {expected}: run this again and answer yes; to go on with version {found}: --rubric FILE of version {found}" },
  "assess-other-rubric-bundled": { vi: "Chưa sửa gì trong {file}: tệp này trả lời một bộ chỉ số khác với bộ đang dùng (xem lỗi ở trên; chọn đúng bộ chỉ số bằng --rubric {rubric})", en: "{file} was left as it was: it answers another rubric than the one in use (see above; name the right one with --rubric {rubric})" },
  "assess-other-rubric-start": { vi: "{file} chưa có câu trả lời nào: để bắt đầu lại tệp theo bộ chỉ số {rubric} (--force ghi đè tệp, chỉ mất phần đầu tệp): {command}", en: "{file} holds no answers yet: to start it again for rubric {rubric} (--force writes over it, losing only its header): {command}" },
  "assess-start-over": { vi: "{file} đang theo bộ chỉ số {found} và chưa có câu trả lời nào, chỉ có phần đầu tệp. Bắt đầu lại {file} theo bộ chỉ số {rubric}, giữ {kept} đã nhập?", en: "{file} is for rubric {found} and holds no answers yet, only its header. Start {file} over for rubric {rubric}, keeping {kept} already typed?" },
  "assess-start-over-nothing": { vi: "{file} đang theo bộ chỉ số {found} và chưa có câu trả lời nào, chỉ có phần đầu tệp. Bắt đầu lại {file} theo bộ chỉ số {rubric}? Tệp chưa có mã cơ quan, tên cơ quan hay người trả lời nào được nhập.", en: "{file} is for rubric {found} and holds no answers yet, only its header. Start {file} over for rubric {rubric}? No agency id, name or respondent has been typed in it yet." },
  // What a start over keeps of the header typed, listed in its question as {kept} (see typedKept).
  "start-over-kept-code": { vi: "mã cơ quan", en: "the agency id" },
  "start-over-kept-name": { vi: "tên cơ quan", en: "the agency name" },
  "start-over-kept-respondent": { vi: "thông tin người trả lời", en: "the respondent" },
  "assess-start-over-stopped": { vi: "Đã dừng; {file} để nguyên, vẫn theo bộ chỉ số {found}. Để bắt đầu lại tệp theo bộ {rubric}, giữ phần đầu tệp: {command}", en: "Stopped; {file} is left as it was, still for rubric {found}. To start it over for {rubric}, keeping its header: {command}" },
  "assess-started-over": { vi: "Đã bắt đầu lại {file} theo bộ chỉ số {rubric}, giữ những thông tin phần đầu tệp mà bộ này nhận", en: "Started {file} over for rubric {rubric}, keeping the header fields it takes" },
  "agency-name-not-yaml": { vi: "Tên tệp của phiếu tự đánh giá phải có đuôi .yaml hoặc .yml và không bắt đầu bằng dấu chấm (score và validate tìm phiếu trong thư mục theo đuôi này, và bỏ qua tệp ẩn): {file}; ví dụ {suggestion}", en: "An agency file's name ends in .yaml or .yml and does not begin with a dot (score and validate find agency files in a folder by that ending, and skip hidden files): {file}; for example {suggestion}" },
  "assess-saved-as-text": { vi: "Không có tệp {file}, nhưng có tệp {twin} (Notepad thêm đuôi .txt khi lưu, và Windows ẩn đuôi này): hãy đổi tên tệp đó thành {name} để làm tiếp", en: "There is no {file}, but there is {twin} (Notepad adds .txt when saving, and Windows hides it): rename it to {name} to resume it" },
  "paths-saved-as-text": { vi: "Không có tệp hoặc thư mục: {path}. Notepad thêm đuôi .txt khi lưu, và Windows ẩn đuôi này: hãy đổi tên {renames} rồi chạy lại", en: "No such file or folder: {path}. Notepad adds .txt when saving, and Windows hides it: rename {renames} and run again" },
  "path-saved-as-text": { vi: "Không có tệp {file}, nhưng có tệp {twin} (Notepad thêm đuôi .txt khi lưu, và Windows ẩn đuôi này): hãy đổi tên tệp đó thành {name} rồi chạy lại", en: "There is no {file}, but there is {twin} (Notepad adds .txt when saving, and Windows hides it): rename it to {name} and run again" },
  "assess-no-folder": { vi: "Không có thư mục {folder}: hãy tạo thư mục trước, hoặc chọn tệp ở chỗ khác", en: "There is no folder {folder}: make it first, or choose a file elsewhere" },
  "assess-reserved-name": { vi: "Không lưu được câu trả lời vào {file}: Windows dành tên này cho thiết bị (CON, NUL, COM1…) hoặc bỏ dấu chấm, dấu cách ở cuối tên; hãy đặt tên khác", en: "Cannot save the answers in {file}: Windows keeps this name for a device (CON, NUL, COM1…) or drops a final dot or space; choose another name" },
  "assess-no-write-elsewhere": { vi: "Không ghi được vào thư mục {folder} (không có quyền): các câu trả lời không lưu được ở đó; hãy chọn thư mục khác, ví dụ: egov-score assess {elsewhere}", en: "Cannot write in the folder {folder} (no permission): the answers could not be saved there; choose another folder, e.g. egov-score assess {elsewhere}" },
  "assess-no-write": { vi: "Không ghi được vào thư mục {folder} (không có quyền): các câu trả lời không lưu được ở đó; hãy chọn thư mục khác", en: "Cannot write in the folder {folder} (no permission): the answers could not be saved there; choose another folder" },
  "assess-read-only": { vi: "Tệp {file} chỉ cho đọc (có thể đã gửi đi): bỏ thuộc tính chỉ đọc nếu muốn sửa tiếp", en: "{file} is read-only (sent already?): make it writable to go on changing it" },
  "assess-unknown-type": { vi: "Loại cơ quan \"{type}\" không có trong bộ chỉ số {rubric}; các loại của bộ này: {types}", en: "Agency type \"{type}\" is not in the rubric {rubric}; its types: {types}" },
  "agency-type-other-rubric": { vi: "{hint_type_written} là loại cơ quan của bộ chỉ số có sẵn {hint_type_rubric}, không phải của bộ chỉ số mà tệp này trả lời: phiếu cho bộ {hint_type_rubric} được tạo bằng egov-score init -t {hint_type_id} -o TỆP.yaml (hoặc egov-score assess TỆP-MỚI.yaml -t {hint_type_id})", en: "{hint_type_written} is an agency type of the bundled rubric {hint_type_rubric}, not of the rubric this file answers: a file for {hint_type_rubric} is made with egov-score init -t {hint_type_id} -o FILE.yaml (or egov-score assess NEW-FILE.yaml -t {hint_type_id})" },
  "assess-type-in-no-bundled-rubric": { vi: "Không bộ chỉ số có sẵn nào có loại cơ quan \"{type}\"; các loại của từng bộ có sẵn: {types}. Với loại cơ quan khác (ví dụ UBND cấp huyện), hãy chỉ ra tệp bộ chỉ số của tỉnh bằng --rubric TỆP", en: "No bundled rubric has the agency type \"{type}\"; the types of each bundled rubric: {types}. For another type of agency (a district, say), name your province's rubric file with --rubric FILE" },
  "assess-unknown-type-elsewhere": { vi: "Loại cơ quan \"{type}\" không có trong bộ chỉ số {rubric} (các loại của bộ này: {types}) mà có trong bộ chỉ số {other}: dùng --rubric {other}", en: "Agency type \"{type}\" is not in the rubric {rubric} (its types: {types}) but is in {other}: use --rubric {other}" },
  // The rubric an existing file answers: --rubric OTHER would be refused in turn (the file names its rubric).
  "assess-type-elsewhere-file": { vi: "Loại cơ quan \"{type}\" không có trong bộ chỉ số {rubric} mà tệp {file} trả lời (các loại của bộ này: {types}); loại này thuộc bộ chỉ số {other}: để trả lời bộ {other}, hãy bắt đầu một tệp mới, ví dụ egov-score assess TỆP-MỚI.yaml -t {first}", en: "Agency type \"{type}\" is not in the rubric {rubric} that {file} answers (its types: {types}); it is a type of {other}: to answer {other}, start a new file, e.g. egov-score assess NEW-FILE.yaml -t {first}" },
  "assess-type-elsewhere-start-over": { vi: "Loại cơ quan \"{type}\" không có trong bộ chỉ số {rubric} mà tệp {file} trả lời (các loại của bộ này: {types}); loại này thuộc bộ chỉ số {other}. Tệp {file} chưa có câu trả lời nào, nên có thể bắt đầu lại theo bộ {other}, giữ {kept} đã nhập: {command}", en: "Agency type \"{type}\" is not in the rubric {rubric} that {file} answers (its types: {types}); it is a type of {other}. {file} holds no answers yet, so it can be started over for {other}, keeping {kept} already typed: {command}" },
  "assess-type-elsewhere-start-over-nothing": { vi: "Loại cơ quan \"{type}\" không có trong bộ chỉ số {rubric} mà tệp {file} trả lời (các loại của bộ này: {types}); loại này thuộc bộ chỉ số {other}. Tệp {file} chưa có câu trả lời nào, nên có thể bắt đầu lại theo bộ {other}: {command}", en: "Agency type \"{type}\" is not in the rubric {rubric} that {file} answers (its types: {types}); it is a type of {other}. {file} holds no answers yet, so it can be started over for {other}: {command}" },
  "assess-type-elsewhere-ambiguous": { vi: "Loại cơ quan \"{type}\" không có trong bộ chỉ số {rubric} (các loại của bộ này: {types}); trong bộ chỉ số {other} nó có thể là {other_types}: dùng --rubric {other} và ghi rõ loại, ví dụ --rubric {other} -t {first}", en: "Agency type \"{type}\" is not in the rubric {rubric} (its types: {types}); in {other} it may be {other_types}: use --rubric {other} and say which, e.g. --rubric {other} -t {first}" },
  "assess-type-ambiguous": { vi: "Loại cơ quan \"{type}\" có thể là nhiều loại của bộ chỉ số {rubric}: {types}; hãy ghi rõ, ví dụ -t {first}", en: "Agency type \"{type}\" may be several types of the rubric {rubric}: {types}; say which, e.g. -t {first}" },
  "assess-rubric": { vi: "Bộ chỉ số: {title} ({rubric}); bộ khác: --rubric", en: "Rubric: {title} ({rubric}); another one: --rubric" },
  // init templates and prompt key hints
  "init-head": { vi: "Phiếu tự đánh giá", en: "Self-assessment file" },
  "init-fill": { vi: "Điền \"value\" cho từng chỉ số; để trống (hoặc \"?\") nếu chưa trả lời. Mã chỉ số luôn trong dấu nháy.", en: "Fill in \"value\" for each indicator; leave it empty (or \"?\") while unanswered. Keep indicator codes in quotes." },
  "init-na": { vi: "Không áp dụng (nếu được phép): thay value bằng na: true và reason: \"lý do\".", en: "Not applicable (where allowed): replace value with na: true and reason: \"why\"." },
  "init-evidence": { vi: "Minh chứng: evidence: [{number: \"15/KH-UBND\", date: \"2025-03-31\", title: \"…\", link: \"https://…\"}]", en: "Evidence: evidence: [{number: \"15/KH-UBND\", date: \"2025-03-31\", title: \"…\", link: \"https://…\"}]" },
  "init-schema": { vi: "Dòng trên chỉ dẫn trình soạn thảo tới tệp JSON Schema để gợi ý và kiểm tra khi điền. Để có tệp này, tạo phiếu bằng egov-score init -o TỆP.yaml --rubric {rubric} (tệp được ghi kèm), hoặc chạy: egov-score schema agency --rubric {rubric} -o {schema}", en: "The line above points editors to the JSON Schema that completes and checks this file. To have it, make the file with egov-score init -o FILE.yaml --rubric {rubric} (it is written beside it), or run: egov-score schema agency --rubric {rubric} -o {schema}" },
  "init-check": { vi: "Kiểm tra: egov-score validate {args} · Chấm điểm: egov-score score {args} · Trả lời từng câu hỏi: egov-score assess {args}", en: "Check: egov-score validate {args} · Score: egov-score score {args} · Fill interactively: egov-score assess {args}" },
  "init-agencyId": { vi: "mã cơ quan (chữ không dấu, số, dấu - . _), ví dụ qb-skhcn, tn-can-giuoc", en: "agency id (letters without diacritics, digits, - . _), e.g. qb-skhcn, tn-can-giuoc" },
  "init-agencyName": { vi: "tên cơ quan", en: "agency name" },
  "init-appliesOnly": { vi: "Chỉ dành cho cơ quan loại", en: "Applies only to agencies of type" },
  "init-oneOf": { vi: "một trong", en: "one of" },
  "init-optional": { vi: "không bắt buộc", en: "optional" },
  "init-respondent": { vi: "họ và tên người trả lời", en: "respondent's full name" },
  "init-submitted": { vi: "ngày gửi kết quả về đơn vị tổng hợp (ngày của công văn gửi), viết năm-tháng-ngày, ví dụ 2025-09-25", en: "the date the results are sent to the collector (the date of the covering letter), YYYY-MM-DD, e.g. 2025-09-25" },
  "init-points": { vi: "điểm", en: "points" },
  "key-navigate": { vi: "di chuyển", en: "move" },
  "key-select": { vi: "chọn", en: "select" },
  "key-submit": { vi: "xác nhận", en: "confirm" },
  "key-all": { vi: "chọn hết", en: "all" },
  "key-invert": { vi: "đảo chọn", en: "invert" },
  // Answer formats (assess and init)
  "format-boolean": { vi: "có / không (true / false)", en: "yes / no (true / false)" },
  "format-boolean-answer": { vi: "có / không", en: "yes / no" },
  "input-kind-boolean": { vi: "có/không", en: "yes/no" },
  "input-kind-number": { vi: "số", en: "number" },
  "input-kind-percent": { vi: "phần trăm", en: "percentage" },
  "input-kind-fraction": { vi: "tỷ lệ a/b", en: "ratio a/b" },
  "input-kind-count": { vi: "số lượng", en: "count" },
  "input-kind-choice": { vi: "chọn một", en: "one choice" },
  "input-kind-checklist": { vi: "chọn nhiều", en: "checklist" },
  "input-kind-level": { vi: "mức", en: "level" },
  "input-kind-date": { vi: "ngày", en: "date" },
  "input-kind-text": { vi: "ghi bằng chữ", en: "text" },
  "input-kind-parts": { vi: "nhiều phần", en: "in parts" },
  "rule-kind-fixed": { vi: "có: toàn bộ số điểm, không: 0", en: "all or nothing" },
  "rule-kind-ratio": { vi: "theo tỷ lệ", en: "proportional" },
  "rule-kind-target": { vi: "so với chỉ tiêu", en: "against a target" },
  "rule-kind-bands": { vi: "theo ngưỡng", en: "thresholds" },
  "rule-kind-piecewise": { vi: "nội suy theo mốc", en: "interpolated" },
  "rule-kind-choice": { vi: "theo lựa chọn", en: "by choice" },
  "rule-kind-checklist": { vi: "theo mục đạt", en: "by items met" },
  "rule-kind-per_unit": { vi: "theo số lượng (mỗi lần, mỗi mục)", en: "per unit" },
  "rule-kind-deadline": { vi: "theo thời hạn", en: "deadline" },
  "rule-kind-sum": { vi: "cộng các phần", en: "sum of parts" },
  "rule-kind-best_of": { vi: "lấy phương án cao nhất", en: "best case" },
  "rule-kind-relative_to_best": { vi: "so với cơ quan cao nhất trong khối", en: "relative to the best" },
  "rule-kind-min_max": { vi: "so với thấp nhất – cao nhất trong khối", en: "min–max scaled" },
  "rule-kind-info": { vi: "chỉ thu thập thông tin", en: "information only" },
  "aggregate-kind-weighted_mean": { vi: "trung bình có trọng số", en: "weighted mean" },
  "aggregate-kind-geometric_mean": { vi: "trung bình nhân", en: "geometric mean" },
  "col-id": { vi: "Mã", en: "Id" },
  "col-version": { vi: "Phiên bản", en: "Version" },
  "col-scale": { vi: "Thang điểm", en: "Scale" },
  "col-agency-types": { vi: "Loại cơ quan (-t)", en: "Agency types (-t)" },
  "col-input": { vi: "Kiểu trả lời", en: "Input" },
  "col-rule": { vi: "Cách tính", en: "Rule" },
  "format-boolean-written": { vi: "viết true (có) hoặc false (không)", en: "write true (yes) or false (no)" },
  "format-fraction-written": { vi: "viết {a: …, b: …}", en: "write {a: …, b: …}" },
  "format-checklist-written": { vi: "viết thành danh sách, ví dụ [{example}]", en: "written as a list, e.g. [{example}]" },
  "format-number": { vi: "một số", en: "a number" },
  "format-integer": { vi: "một số nguyên", en: "a whole number" },
  "format-percent": { vi: "phần trăm, từ 0 đến 100", en: "a percentage from 0 to 100" },
  "format-fraction": { vi: "a = {numerator}; b = {denominator}; 0 ≤ a ≤ b", en: "a = {numerator}; b = {denominator}; 0 ≤ a ≤ b" },
  "format-fraction-whole": { vi: "a = {numerator}; b = {denominator}; số nguyên, 0 ≤ a ≤ b", en: "a = {numerator}; b = {denominator}; whole numbers, 0 ≤ a ≤ b" },
  "format-count": { vi: "số nguyên ≥ 0", en: "a whole number ≥ 0" },
  "format-choice": { vi: "một trong: {options}", en: "one of: {options}" },
  "format-checklist": { vi: "các mục đạt được trong: {options}", en: "the items met among: {options}" },
  "format-level": { vi: "mức từ {min} đến {max}", en: "a level from {min} to {max}" },
  "format-date": { vi: "ngày (31/03/2025 hoặc 2025-03-31)", en: "a date (2025-03-31 or 31/03/2025)" },
  "format-date-written": { vi: "ngày, viết năm-tháng-ngày (ví dụ 2025-03-31)", en: "a date, written YYYY-MM-DD (e.g. 2025-03-31)" },
  "format-text": { vi: "ghi bằng chữ", en: "text" },
  "format-parts": { vi: "gồm các phần", en: "in parts" },
  "format-range": { vi: "từ {min} đến {max}", en: "from {min} to {max}" },
  "format-min": { vi: "≥ {min}", en: "≥ {min}" },
  "format-max": { vi: "≤ {max}", en: "≤ {max}" },
  "format-unit": { vi: "đơn vị: {unit}", en: "unit: {unit}" },
  // The editor schema's descriptions (assess/editor-schema.ts), shown on hovering a key
  "schema-unanswered": { vi: "Chưa trả lời (để trống hoặc \"?\")", en: "not answered yet (empty or \"?\")" },
  "schema-flag": { vi: "true: đánh dấu để xem lại", en: "true: marked for review" },
  "schema-verified": { vi: "Kết quả thẩm định (do đơn vị tổng hợp ghi): value, hoặc na: true kèm reason; thêm note, by, date", en: "the collector's verification: value, or na: true with a reason; with note, by, date" },
  "schema-evidence-issuer": { vi: "Cơ quan ban hành", en: "issuer" },
  "format-na": { vi: "Được phép trả lời không áp dụng: thay value bằng na: true và reason: \"lý do\"", en: "May be answered not applicable: replace value with na: true and reason: \"why\"" },
  // Result words
  "found": { vi: "đã ghi", en: "found" },
  "expected": { vi: "cần ghi", en: "expected" },
  "hint": { vi: "gợi ý", en: "hint" },
  "percent-sign-small": { vi: "có phải là {hint_small_percent} (tức {figure_text} %, như dấu % cho biết)? Tỷ lệ nhỏ như vậy sẽ được cảnh báo là có thể là tỷ lệ trên 1 chép từ Excel ({share_percent_text} %): nếu đúng là {figure_text} % thì không cần sửa gì thêm", en: "did you mean {hint_small_percent} (that is {figure_text} %, as the % sign says)? So small a percentage is then warned about as maybe a share of 1 copied from Excel ({share_percent_text} %): if {figure_text} % is right, nothing more needs changing" },
  "percent-share-readings": { vi: "có phải là {share_percent} ({share_text} là tỷ lệ trên 1, tức {share_percent_text} %), hay {hint_share} (tức {share_text} %)?", en: "did you mean {share_percent} ({share_text} as a share of 1, that is {share_percent_text} %), or {hint_share} (that is {share_text} %)?" },
  "not-whole": { vi: "câu trả lời ở đây là số nguyên, còn {figure} có phần lẻ", en: "the answer here is a whole number, and {figure} has a fraction" },
  "not-whole-around": { vi: "câu trả lời ở đây là số nguyên, còn {figure} có phần lẻ: hãy ghi {around}", en: "the answer here is a whole number, and {figure} has a fraction: write {around}" },
  "dash-alone": { vi: "một dấu gạch {hint_dash_alone} đứng một mình không phải là số: {ways}", en: "a dash {hint_dash_alone} alone is no number: {ways}" },
  "quoted-number-over": { vi: "\"{hint_quoted_over}\" trong dấu nháy là chuỗi ký tự, không phải số; bỏ dấu nháy thì {hint_quoted_over} vẫn lớn hơn mức tối đa {quoted_limit} của câu trả lời này", en: "\"{hint_quoted_over}\" in quotes is text, not a number; and without the quotes {hint_quoted_over} is above this answer's maximum, {quoted_limit}" },
  "quoted-number-under": { vi: "\"{hint_quoted_under}\" trong dấu nháy là chuỗi ký tự, không phải số; bỏ dấu nháy thì {hint_quoted_under} vẫn nhỏ hơn mức tối thiểu {quoted_limit} của câu trả lời này", en: "\"{hint_quoted_under}\" in quotes is text, not a number; and without the quotes {hint_quoted_under} is below this answer's minimum, {quoted_limit}" },
  "figure-words-over": { vi: "chỉ ghi con số, không kèm đơn vị hay chữ; nhưng con số {hint_figure_over} lớn hơn mức tối đa {figure_limit} của câu trả lời này", en: "write the number alone, without a unit or words; but {hint_figure_over} is above this answer's maximum, {figure_limit}" },
  "figure-words-under": { vi: "chỉ ghi con số, không kèm đơn vị hay chữ; nhưng con số {hint_figure_under} nhỏ hơn mức tối thiểu {figure_limit} của câu trả lời này", en: "write the number alone, without a unit or words; but {hint_figure_under} is below this answer's minimum, {figure_limit}" },
  "dash-alone-zero": { vi: "nếu không có, hãy ghi 0", en: "if there is none, write 0" },
  "dash-alone-later": { vi: "để trả lời sau, ghi \"?\"", en: "to answer later, write \"?\"" },
  "dash-alone-na": { vi: "nếu chỉ số không áp dụng cho cơ quan, ghi na: true kèm reason", en: "if the indicator does not apply to the agency, write na: true with a reason" },
  "dash-as-minus": { vi: "{hint_dash} ở đầu là {dash_name}, do Word hoặc bàn phím điện thoại tự đổi, không phải dấu - của bàn phím: hãy gõ lại bằng dấu - của bàn phím", en: "the {hint_dash} in front is {dash_name}, as Word or a phone's keyboard types it, not the keyboard's -: type it again with the keyboard's -" },
  "dash-over-max": { vi: "{hint_dash} ở đầu là {dash_name}, do Word hoặc bàn phím điện thoại tự đổi, không phải dấu - của bàn phím, và câu trả lời này từ {hint_dash_floor} đến {hint_dash_max}: con số sau dấu gạch cũng vượt quá {hint_dash_max}, hãy kiểm tra lại số liệu", en: "the {hint_dash} in front is {dash_name}, as Word or a phone's keyboard types it, not the keyboard's -, and this answer is from {hint_dash_floor} to {hint_dash_max}: the figure after the dash is over {hint_dash_max} too, check it" },
  "dash-below-floor": { vi: "{hint_dash} ở đầu là {dash_name}, do Word hoặc bàn phím điện thoại tự đổi, không phải dấu - của bàn phím, và câu trả lời này không nhỏ hơn {hint_dash_floor}: hãy xóa dấu gạch, chỉ ghi con số nếu đó là câu trả lời", en: "the {hint_dash} in front is {dash_name}, as Word or a phone's keyboard types it, not the keyboard's -, and this answer is not below {hint_dash_floor}: delete it, writing the figure alone if that is the answer" },
  "did-you-mean": { vi: "có phải là {suggestion}?", en: "did you mean {suggestion}?" },
  "excel-date-serial": { vi: "{hint_excel_date} có vẻ là một ngày theo cách Excel lưu (số thứ tự ngày, tính từ năm 1900): có phải là {suggestion}?", en: "{hint_excel_date} looks like a date as Excel stores it (a day number counted from 1900): did you mean {suggestion}?" },
  "date-without-time": { vi: "ở đây chỉ ghi ngày, không ghi giờ: hãy viết {hint_date_part} nếu đó là ngày cần ghi", en: "a date here is written without the time of day: write {hint_date_part} if that is the day meant" },
  "stray-field": { vi: "quy tắc chấm lại dùng trường {hint_stray_field}, không có trong input.fields: nếu đó chính là trường này, hãy viết field: {field}", en: "the rule names {hint_stray_field}, which input.fields does not declare: if that is this field, write field: {field}" },
  "quote-continued": { vi: "văn bản mở dấu nháy ở dòng {hint_quote_line} và xuống dòng ở giữa: YAML chỉ đọc tiếp khi các dòng sau thụt lề ít nhất {hint_quote_indent} dấu cách (sâu hơn tên trường ở dòng {hint_quote_line}); thêm dấu cách ở đầu dòng này, hoặc nối nó vào cuối dòng {join}", en: "the text opened in quotes on line {hint_quote_line} breaks onto this line: YAML reads it on only where the lines after are indented at least {hint_quote_indent} spaces (deeper than the field's name on line {hint_quote_line}); add spaces at the start of this line, or join it to the end of line {join}" },
  "unclosed-before-key": { vi: "có vẻ thiếu dấu nháy đóng trước \", {hint_unclosed_key}:\": hãy thêm dấu nháy ngay trước dấu phẩy đó", en: "the closing quote before \", {hint_unclosed_key}:\" looks left out: write it just before that comma" },
  "adjustment-cap-items-bonus": { vi: "các mục điểm thưởng cộng lại được nhiều nhất {max} điểm: hãy hạ mức trần xuống {max}, hoặc thêm mục điểm thưởng", en: "the bonus items give at most {max} points together: lower the cap to {max}, or add bonus items" },
  "adjustment-cap-items-penalty": { vi: "các mục điểm trừ cộng lại trừ nhiều nhất {max} điểm: hãy hạ mức trần xuống {max}, hoặc thêm mục điểm trừ", en: "the penalty items take at most {max} points together: lower the cap to {max}, or add penalty items" },
  "write-english": { vi: "hãy viết bản dịch tiếng Anh ở en (tên riêng, mã hay đơn vị giống nhau ở hai ngôn ngữ thì để nguyên); bộ chỉ số chỉ viết tiếng Việt thì khai báo languages: [vi]", en: "write the English text at en (a name, code or unit that is the same in both languages may stay); a rubric written in Vietnamese only declares languages: [vi]" },
  "write-vietnamese": { vi: "hãy viết bản tiếng Việt ở vi (tên riêng, mã hay đơn vị giống nhau ở hai ngôn ngữ thì để nguyên)", en: "write the Vietnamese text at vi (a name, code or unit that is the same in both languages may stay)" },
  "group-free-code": { vi: "mục này nằm trong nhóm {hint_group}: mã tiếp theo chưa dùng trong nhóm là {hint_group_code}", en: "this item is in group {hint_group}: the next code not yet used there is {hint_group_code}" },
  "max-addends": { vi: "điểm tối đa các mục con: {hint_addends}", en: "the children's maxima: {hint_addends}" },
  "scale-addends": { vi: "điểm tối đa các nhóm: {hint_addends}", en: "the groups' maxima: {hint_addends}" },
  "bands-order-level-fix": { vi: "cho mức {hint_order_level} một min thấp hơn {previous} (min của {hint_order_previous}), hoặc nếu {hint_order_level} là mức cao hơn thì xếp nó lên trước {hint_order_previous}", en: "give {hint_order_level} a min below {previous} ({hint_order_previous}'s), or, if {hint_order_level} is the higher band, list it before {hint_order_previous}" },
  "bands-order-step-fix": { vi: "cho bậc này một min thấp hơn {previous}, hoặc xếp bậc min {hint_order_step} lên trước bậc min {previous}", en: "give this step a min below {previous}, or list the step from {hint_order_step} before the step from {previous}" },
  "free-code": { vi: "mỗi nhóm, chỉ số cần một mã riêng: mã tiếp theo chưa dùng là {hint_free_code}", en: "each group and indicator needs a code of its own: the next code not yet used is {hint_free_code}" },
  "key-starts-item": { vi: "nếu từ dòng này là một mục mới của danh sách, hãy viết dấu gạch đầu dòng trước khóa đầu tiên: - {hint_new_item}: (như mục ở dòng {first_line})", en: "if a new item of the list starts at this line, write a dash before its first key: - {hint_new_item}: (as the item at line {first_line} does)" },
  "key-under-empty": { vi: "khóa này đã có ở dòng {first_line}, còn {hint_under}: ngay phía trên đang để trống: nếu dòng này thuộc {hint_under}, hãy thụt lề dòng này vào sâu hơn {hint_under}:", en: "this key is already at line {first_line}, and {hint_under}: just above it holds nothing: if this line is meant for {hint_under}, indent it further than {hint_under}:" },
  "key-first-at": { vi: "đã có ở dòng {first_line}: hãy gộp hai chỗ hoặc xóa một chỗ", en: "this key is already at line {first_line}: merge the two or delete one" },
  "curly-quotes-comma": { vi: "văn bản của {hint_curly_text} mở bằng dấu nháy cong (thường do Word tự đổi), mà YAML không coi là dấu nháy: trong dấu ngoặc nhọn, dấu phẩy trong văn bản đã cắt văn bản ở đó và phần còn lại thành khóa này; hãy viết cả văn bản của {hint_curly_text} trong dấu nháy thẳng (\"…\")", en: "the text of {hint_curly_text} opens with a curly quote (a word processor's), which YAML does not read as a quote: in braces, the comma inside the text ended it there and the rest of it became this key; write the whole text of {hint_curly_text} in straight quotes (\"…\")" },
  "code-invisible-character": { vi: "mã có một ký tự vô hình ({char} tại ký tự thứ {position}), thường do dán từ Word hoặc Zalo: hãy xóa ký tự này", en: "the code holds an invisible character ({char} at character {position}), usually pasted from Word or a chat app: delete it" },
  "code-invisible-characters": { vi: "mã có {count} ký tự vô hình (mã ký tự và vị trí trong mã: {list}), thường do dán từ Word hoặc Zalo: hãy xóa các ký tự này", en: "the code holds {count} invisible characters (code point and character number: {list}), usually pasted from Word or a chat app: delete them" },
  "code-invisible-held": { vi: "mã hiển thị là {held}, mà tệp đã có câu trả lời {held}: chỉ giữ lại một trong hai câu trả lời", en: "the code as it shows is {held}, which the file answers already: keep one of the two answers" },
  "curly-quotes": { vi: "mã đang nằm trong dấu nháy cong (thường do Word tự đổi): hãy viết \"{hint_curly}\" bằng dấu nháy thẳng", en: "the code is in curly quotes (a word processor's): write \"{hint_curly}\" with straight quotes" },
  "word-list-mark": { vi: "dòng này bắt đầu bằng \"{hint_list_mark}\", dấu mà Word đặt thay cho \"- \" (tự sửa khi gõ, hoặc danh sách dán từ Word); YAML chỉ nhận dấu - của bàn phím: hãy xóa \"{hint_list_mark}\" và gõ - vào chỗ đó", en: "this line starts with \"{hint_list_mark}\", which Word puts in place of \"- \" (AutoCorrect, or a list pasted from Word); YAML takes only the keyboard's -: delete \"{hint_list_mark}\" and type - in its place" },
  "email-signature": { vi: "từ dòng này trở đi trông như chữ ký của thư điện tử, chép theo khi lưu tệp: xóa các dòng đó (đến hết tệp)", en: "from this line on, the text looks like an e-mail's signature, saved along with the file: delete those lines (to the end of the file)" },
  "out-dented-key": { vi: "dòng này thụt lề {hint_outdent} dấu cách, ít hơn các dòng cùng cấp ở trên và dưới ({hint_indent_expected} dấu cách): thêm dấu cách cho thẳng cột với chúng", en: "this line is indented {hint_outdent} spaces, less than the keys of its level above and below it ({hint_indent_expected}): indent it in line with them" },
  "misaligned-key": { vi: "dòng này thụt lề {hint_misaligned} dấu cách, các dòng cùng cấp ở trên và dưới thụt lề {hint_indent_expected} dấu cách: sửa cho thẳng cột với chúng", en: "this line is indented {hint_misaligned} spaces, the lines of its level above and below it {hint_indent_expected}: line it up with them" },
  "out-dented-child": { vi: "dòng này thụt lề {hint_child} dấu cách, bằng dòng trên nên không nằm bên trong dòng đó: thụt lề {hint_indent_expected} dấu cách cho thẳng cột với các dòng bên dưới", en: "this line is indented {hint_child} spaces, as much as the key above it, so it is not inside that key: indent it {hint_indent_expected}, in line with the lines below" },
  "uneven-sibling": { vi: "dòng này thụt lề {hint_sibling_found} dấu cách, còn các dòng cùng cấp với nó (như dòng {hint_sibling_line}) thụt lề {hint_indent_expected} dấu cách: sửa dòng này thành {hint_indent_expected} dấu cách cho thẳng cột với chúng", en: "this line is indented {hint_sibling_found} spaces, the lines of its level (such as line {hint_sibling_line}) {hint_indent_expected}: indent it {hint_indent_expected} spaces, in line with them" },
  "uneven-lines": { vi: "dòng {hint_uneven_line} thụt lề {hint_uneven_spaces} dấu cách, dòng {hint_uneven_other_line} thụt lề {hint_uneven_other_spaces} dấu cách, mà hai dòng cùng cấp: sửa một trong hai dòng cho thẳng cột với dòng kia", en: "line {hint_uneven_line} is indented {hint_uneven_spaces} spaces and line {hint_uneven_other_line} {hint_uneven_other_spaces}, though they are at one level: indent one of them in line with the other" },
  "over-indented-key": { vi: "dòng này thụt lề {hint_indent} dấu cách, sâu hơn trường ở dòng trên ({hint_indent_expected} dấu cách): các trường cùng cấp phải bắt đầu ở cùng một cột", en: "this line is indented {hint_indent} spaces, more than the key above it ({hint_indent_expected}): keys at one level start at one column" },
  "lone-dash-items": { vi: "xóa dấu - sau {hint_lone_dash}: để {hint_lone_dash}: đứng một mình trên dòng này; mỗi mục của danh sách bên dưới đã có dấu - riêng", en: "delete the - after {hint_lone_dash}: and leave {hint_lone_dash}: alone on this line; each item of the list below has its own -" },
  "lone-dash": { vi: "một dấu - đứng một mình không phải là giá trị: nếu không có gì để ghi, hãy xóa dòng này; nếu là danh sách, để {hint_lone_dash}: đứng một mình và viết mỗi mục trên một dòng bên dưới, thụt vào và bắt đầu bằng dấu -", en: "a - alone is no value: if there is nothing to write, delete this line; for a list, leave {hint_lone_dash}: alone on its line and write each item on a line below it, indented, starting with -" },
  "lone-dash-evidence": { vi: "một dấu - đứng một mình không phải là minh chứng: nếu chưa có minh chứng, hãy xóa dòng này; nếu có, để evidence: đứng một mình và viết mỗi văn bản trên một dòng bên dưới, thụt vào, ví dụ - {number: \"12/QĐ-UBND\", date: \"2025-03-15\", title: \"…\"}", en: "a - alone is no evidence: if there is none yet, delete this line; if there is, leave evidence: alone on its line and write each document on a line below it, indented, e.g. - {number: \"12/QĐ-UBND\", date: \"2025-03-15\", title: \"…\"}" },
  "misplaced-item": { vi: "mục danh sách này thụt lề {hint_item_column} dấu cách, còn các mục cùng danh sách ở trên (dòng {hint_item_line}) thụt lề {hint_indent_expected} dấu cách: sửa cả mục (dòng có dấu - và các dòng của nó) cho thẳng cột với chúng", en: "this list item is indented {hint_item_column} spaces, the items of its list above it (line {hint_item_line}) {hint_indent_expected}: move the whole item (its - line and the lines under it) in line with them" },
  "list-after-value": { vi: "{hint_list_key} đã có giá trị ở dòng này nên không thể có thêm danh sách bên dưới: bỏ giá trị này và để {hint_list_key}: đứng một mình, hoặc bỏ danh sách", en: "{hint_list_key} already has a value on this line, so it cannot also hold the list below: remove this value and leave {hint_list_key}: alone on its line, or remove the list" },
  "evidence-citation": { vi: "mỗi minh chứng được ghi bằng các trường của nó (số, ngày, tên văn bản), không ghi cả câu trích dẫn: viết {hint_evidence_item}", en: "an evidence item is written as its fields (number, date, title), not as the sentence citing it: write {hint_evidence_item}" },
  "evidence-citation-gaps": { vi: "mỗi minh chứng được ghi bằng các trường của nó (số, ngày, tên văn bản), không ghi cả câu trích dẫn: viết {hint_evidence_item}, điền thông tin của văn bản vào chỗ …", en: "an evidence item is written as its fields (number, date, title), not as the sentence citing it: write {hint_evidence_item}, each … filled in from the document" },
  "evidence-text": { vi: "mỗi minh chứng được ghi bằng các trường của nó, không ghi một dòng chữ: viết {hint_evidence_item}", en: "an evidence item is written as its fields, not as a line of text: write {hint_evidence_item}" },
  "evidence-text-gaps": { vi: "mỗi minh chứng được ghi bằng các trường của nó, không ghi một dòng chữ: viết {hint_evidence_item}, điền thông tin của văn bản vào chỗ …", en: "an evidence item is written as its fields, not as a line of text: write {hint_evidence_item}, each … filled in from the document" },
  "evidence-not-list": { vi: "minh chứng là một danh sách, mỗi mục một dòng bên dưới evidence: và ghi bằng các trường của nó: {hint_evidence_item}", en: "evidence is a list, each item on a line of its own under evidence: and written as its fields: {hint_evidence_item}" },
  "evidence-not-list-gaps": { vi: "minh chứng là một danh sách, mỗi mục một dòng bên dưới evidence: và ghi bằng các trường của nó: {hint_evidence_item}, điền thông tin của văn bản vào chỗ …", en: "evidence is a list, each item on a line of its own under evidence: and written as its fields: {hint_evidence_item}, each … filled in from the document" },
  "evidence-bare-link": { vi: "mỗi minh chứng được ghi bằng các trường của nó, không ghi địa chỉ trần: viết {hint_evidence_item}", en: "an evidence item is written as its fields, not a bare address: write {hint_evidence_item}" },
  "evidence-bare-link-fields": { vi: "mỗi minh chứng được ghi bằng các trường của nó, không ghi địa chỉ trần: viết {hint_evidence_item}, điền thông tin của văn bản vào chỗ … (chỉ số này yêu cầu {hint_evidence_fields})", en: "an evidence item is written as its fields, not a bare address: write {hint_evidence_item}, each … filled in from the document (this indicator asks for {hint_evidence_fields})" },
  "flow-comment": { vi: "dấu # đứng sau dấu cách bắt đầu một lời chú thích, che mất phần còn lại của dòng và dấu {hint_flow_close} đóng: đặt giá trị trong dấu nháy, {hint_flow_comment}", en: "a # after a space starts a comment, which hides the rest of the line and its closing {hint_flow_close}: put the value in quotes, {hint_flow_comment}" },
  "remark-to-note": { vi: "ghi phần chú thích vào trường note của câu trả lời, dưới value: note: {hint_note}", en: "put the remark in the answer's note, under value: note: {hint_note}" },
  "remark-to-note-add": { vi: "câu trả lời đã có note: thêm phần chú thích {hint_note} vào đó", en: "the answer has a note: add the remark {hint_note} to it" },
  "wide-colon": { vi: "dấu hai chấm sau {hint_wide_colon} là dấu ： toàn khổ (U+FF1A, do bộ gõ đặt dấu câu kiểu Trung, Nhật gõ ra), YAML không đọc là dấu hai chấm: hãy gõ dấu : của bàn phím, viết {hint_written}", en: "the colon after {hint_wide_colon} is a full-width ： (U+FF1A, as an input method set to Chinese or Japanese punctuation types it), which YAML does not read as a colon: type the keyboard's :, write {hint_written}" },
  "wide-comma": { vi: "dấu phẩy trong {hint_wide_comma} là dấu ， toàn khổ (U+FF0C, do bộ gõ đặt dấu câu kiểu Trung, Nhật gõ ra), YAML không đọc là dấu phẩy: hãy gõ dấu , của bàn phím và viết {hint_comma_written}", en: "the comma in {hint_wide_comma} is a full-width ， (U+FF0C, as an input method set to Chinese or Japanese punctuation types it), which YAML does not read as a comma: type the keyboard's , and write {hint_comma_written}" },
  "windows-drive": { vi: "{hint_windows_drive} là tên một ổ đĩa của máy Windows, máy này không có ổ đĩa đó: hãy chép tệp sang máy này rồi ghi đường dẫn của nó trên máy này", en: "{hint_windows_drive} names a disk of a Windows computer, which this machine does not have: copy the file to this machine and give its path here" },
  "text-twin": { vi: "có tệp {hint_text_twin} (Notepad thêm đuôi .txt khi lưu, và Windows ẩn đuôi này): hãy đổi tên tệp đó thành {hint_twin_rename}", en: "there is {hint_text_twin} (Notepad adds .txt when saving, and Windows hides it): rename it to {hint_twin_rename}" },
  "flow-colon": { vi: "giá trị có dấu hai chấm và dấu cách, YAML đọc thành một khóa mới: hãy đặt giá trị trong dấu nháy, viết {hint_flow_colon}", en: "the value holds a colon and a space, which YAML reads as another key: put the value in quotes, write {hint_flow_colon}" },
  "missing-colon": { vi: "thiếu dấu hai chấm sau {hint_missing_colon}: viết {hint_written}", en: "the colon after {hint_missing_colon} is missing: write {hint_written}" },
  "inner-double-quote": { vi: "dấu nháy kép ở giữa giá trị làm chuỗi kết thúc sớm: viết \\\" cho dấu nháy bên trong, hoặc bao cả giá trị bằng dấu nháy đơn ('Sở \"A\" tỉnh')", en: "a double quote inside the value ends it early: write \\\" for the quote inside, or put the whole value in single quotes ('Sở \"A\" tỉnh')" },
  "inner-single-quote": { vi: "dấu nháy đơn ở giữa giá trị làm chuỗi kết thúc sớm: viết hai dấu nháy đơn '' cho dấu nháy bên trong, hoặc bao cả giá trị bằng dấu nháy kép", en: "a single quote inside the value ends it early: write two single quotes '' for the quote inside, or put the whole value in double quotes" },
  "quote-bool": { vi: "viết trong dấu nháy: \"{source}\" (không có dấu nháy, YAML đọc thành có/không)", en: "write it in quotes: \"{source}\" (without them YAML reads a yes/no)" },
  "quote-code": { vi: "viết trong dấu nháy: \"{source}\" (không có dấu nháy, YAML đọc thành số)", en: "write it in quotes: \"{source}\" (without them YAML reads a number)" },
  "error": { vi: "lỗi", en: "error" },
  "warning": { vi: "cảnh báo", en: "warning" },
};

/**
 * The one catalogue: core messages plus those of the report formats and the rubric-author commands. A Map:
 * spread into an object literal, its 900 keys were added one shape at a time, each copying the shape so far
 * (150 M instructions, a seventh of `score ONE_FILE`, callgrind); and no key reaches Object.prototype.
 */
const MESSAGES = new Map<string, Entry>([...Object.entries(CORE_MESSAGES), ...Object.entries(REPORT_MESSAGES), ...Object.entries(RUBRIC_CI_MESSAGES)]);

/** Descriptions of expected values, used after "expected:". */
const EXPECTED: Record<string, Entry> = {
  "field-of": { vi: "một trong các trường {fields}", en: "one of the fields {fields}" },
  "field-of-left": { vi: "một trong các trường chưa ghi ở đây: {fields}", en: "one of the fields not written here yet: {fields}" },
  "field-none-left": { vi: "không trường nào khác: mọi trường ghi được ở đây đã có ({fields}); hãy xóa khóa này", en: "no other field: every field that goes here is written already ({fields}); delete this key" },
  "indicator-code": { vi: "một mã chỉ số của bộ chỉ số, từ {first} đến {last} (xem danh sách: egov-score rubric show {show})", en: "an indicator code of the rubric, {first} to {last} (the list: egov-score rubric show {show})" },
  "rules-for-input": { vi: "một quy tắc dùng được với kiểu trả lời {input}: {rules}", en: "a rule for an input of type {input}: {rules}" },
  "no-rule-for-input": { vi: "không có quy tắc nào: kiểu trả lời {input} chỉ để thu thập, không chấm điểm (info_only: true, max: 0, bỏ rule)", en: "no rule: an input of type {input} is collected, not scored (info_only: true, max: 0, no rule)" },
  number: { vi: "một số", en: "a number" },
  integer: { vi: "một số nguyên", en: "a whole number" },
  level: { vi: "mức từ {level_min} đến {level_max}", en: "a level from {level_min} to {level_max}" },
  string: { vi: "chuỗi ký tự (đặt trong dấu nháy nếu chỉ gồm chữ số)", en: "text (in quotes if it is all digits)" },
  boolean: { vi: "true hoặc false", en: "true or false" },
  object: { vi: "các dòng dạng tên: giá trị, thụt lề bên dưới (hoặc {tên: giá trị, …})", en: "key: value lines, indented below (or {key: value, …})" },
  "rubric-ref": { vi: "mã và phiên bản của bộ chỉ số, {id: …, version: \"…\"}", en: "the rubric's id and version, {id: …, version: \"…\"}" },
  array: { vi: "một danh sách", en: "a list" },
  null: { vi: "để trống", en: "nothing" },
  minimum: { vi: "≥ {limit}", en: "≥ {limit}" },
  maximum: { vi: "≤ {limit}", en: "≤ {limit}" },
  exclusiveMinimum: { vi: "> {limit}", en: "> {limit}" },
  exclusiveMaximum: { vi: "< {limit}", en: "< {limit}" },
  enum: { vi: "một trong: {values_vi}", en: "one of: {values_en}" },
  const: { vi: "{values}", en: "{values}" },
  date: { vi: "ngày viết theo thứ tự năm-tháng-ngày, trong dấu nháy, ví dụ \"2025-03-31\"", en: "a date \"YYYY-MM-DD\" in quotes" },
  dateBetween: { vi: "một ngày từ {min} đến {max}", en: "a date from {min} to {max}" },
  dateFrom: { vi: "một ngày từ {min} trở đi", en: "a date on or after {min}" },
  dateUntil: { vi: "một ngày đến hết {max}", en: "a date on or before {max}" },
  uri: { vi: "một địa chỉ đầy đủ, ví dụ https://…", en: "a full address such as https://…" },
  email: { vi: "một địa chỉ thư điện tử", en: "an e-mail address" },
  pattern: { vi: "dạng {pattern}", en: "of the form {pattern}" },
  idPattern: { vi: "chữ cái không dấu (a–z, A–Z), chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số; ví dụ qb-skhcn", en: "letters without diacritics (a–z, A–Z), digits, dots, hyphens or underscores, starting with a letter or digit; for example qb-skhcn" },
  lowerIdPattern: { vi: "chữ thường không dấu (a–z), chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số; ví dụ dti-cap-so", en: "lower-case letters without diacritics (a–z), digits, dots, hyphens or underscores, starting with a letter or digit; for example dti-cap-so" },
  textPattern: { vi: "một tên có chữ hoặc số, không chỉ có dấu cách hay ký tự vô hình", en: "a name with letters or digits, not only spaces or invisible characters" },
  fixtureFilePattern: { vi: "tên một tệp .yaml hoặc .yml nằm ngay trong thư mục fixtures, không có dấu / hay \\; ví dụ full-marks.yaml", en: "the name of a .yaml or .yml file in the fixtures folder itself, with no / or \\; for example full-marks.yaml" },
  codePattern: { vi: "chữ cái không dấu hoặc chữ số, các phần cách nhau bằng dấu chấm; ví dụ 6.1.2", en: "letters without diacritics or digits, parts separated by dots; for example 6.1.2" },
  minLength: { vi: "ít nhất {limit} ký tự", en: "at least {limit} characters" },
  nonEmpty: { vi: "không để trống", en: "not empty" },
  maxLength: { vi: "tối đa {limit} ký tự", en: "at most {limit} characters" },
  fraction: { vi: "{a: tử số, b: mẫu số} với 0 ≤ a ≤ b", en: "{a: numerator, b: denominator} with 0 ≤ a ≤ b" },
  textPair: { vi: "văn bản bằng hai thứ tiếng: {vi: \"…\", en: \"…\"}", en: "a text in both languages: {vi: \"…\", en: \"…\"}" },
  unique: { vi: "không lặp phần tử", en: "no repeated items" },
  minItems: { vi: "ít nhất {limit} phần tử", en: "at least {limit} items" },
};

/** The sentence a finding is said with where its params call for another: the code stays the same. */
function variant(key: string, params: Record<string, string | number>): string {
  // The parser's sentence for a line indented out of line ("a line has two colons …") said it of a line with one: the
  // slip found (see yaml-slips.ts, said in the hint) is the indentation.
  if (key === "yaml-syntax" && [params.hint_outdent, params.hint_misaligned, params.hint_child, params.hint_indent, params.hint_sibling_found].some((v) => v !== undefined)) return "yaml-syntax-indent";
  // The parser's sentence for a value holding ": " in {…} ("block collections are not allowed") was said as commas
  // left out between entries: the colon in the value is the slip.
  if (key === "yaml-syntax" && params.hint_flow_colon !== undefined) return "yaml-syntax-flow-colon";
  // A run of lines indented with tabs is one finding of the code tab-indent, said as the run it is.
  if (key === "tab-indent" && Number(params.tab_lines) > 1) return "tab-indent-lines";
  // Several pasted with a name: all said at once, not one a run.
  // The respondent's name (name_of), not the agency's: said as whose it is.
  // A code pasted with an invisible character: said as the slip it is, not as a version that re-coded it.
  if (key === "stale-intro" && params.char !== undefined) return `stale-intro-invisible${params.count !== undefined ? "s" : ""}`;
  // A file started over keeps what was typed in its header ({kept}, see typedKept): with nothing typed, said so.
  if ((key === "assess-start-over" || key === "assess-type-elsewhere-start-over") && params.kept === "") return `${key}-nothing`;
  if (key === "invisible-character") return `invisible-character${params.count !== undefined ? "s" : ""}${params.name_of === "respondent" ? "-respondent" : ""}`;
  // One agency under two ids, told by every answer the same rather than by the respondent.
  if (key === "same-agency-other-id" && params.match === "answers") return "same-agency-other-id-answers";
  // A rule's field named on an input that has none: no list of fields to give.
  if (key === "unknown-field-ref" && params.fields === "") return "unknown-field-ref-no-fields";
  // expected.yml or Expected.yaml beside the expected.yaml that is missing: the file to rename.
  if (key === "fixtures-no-expected" && params.near !== undefined) return "fixtures-no-expected-near";
  // A file a slip away from the name listed: the two to make one.
  if (key === "fixture-file-missing" && params.near !== undefined) return "fixture-file-missing-near";
  // A rule's steps or the band levels, one pair out of place or the whole list from the lowest up.
  // Two alike ("80 after 80") are not out of order but one of them never reached: said as such.
  if (key === "bands-order") return params.reversed !== undefined ? `bands-order-${params.order_of}-reversed` : `${params.order_of === "steps" ? "bands-order-steps" : key}${params.min === params.previous ? "-equal" : ""}`;
  // Two piecewise points at one x ("50 after 50") are not out of order but a jump the line cannot draw: said as such.
  if (key === "piecewise-order" && params.x === params.previous) return "piecewise-order-equal";
  // A text's min_length above TEXT_MAX, the longest an agency file holds where the rubric sets no max_length.
  if (key === "bad-range" && params.text_max !== undefined) return "bad-range-text-max";
  // Equal bounds are refused only for a level (one answer); bounds the wrong way round leave none.
  if (key === "bad-range" && params.min !== params.max) return /^\d{4}-\d{2}-\d{2}$/.test(String(params.min)) ? "bad-range-later" : "bad-range-above";
  // An option's fraction is said as a fraction; without a rule, the indicator is said to score nothing.
  if (key === "option-points-ignored") return `${key}${params.priced === "fraction" ? "-fraction" : ""}${params.rule === undefined ? "-unscored" : ""}`;
  // An option priced twice is named as an option, a band step by its place.
  if (key === "points-and-fraction" && params.option !== undefined) return "points-and-fraction-option";
  // A folder named with --fixtures counts its rubrics: one argument may name several.
  // A text left blank (`en:`, read as null, or `en: ""`): said blank, not quoted as "(null)".
  if (key === "translation-missing" && (params.text === "null" || /^"\s*"$/.test(String(params.text)))) return "translation-missing-blank";
  // N/A with full marks inherited from defaults.na by several bonus or penalty items: said once, naming each with its points.
  if ((key === "na-full-bonus" || key === "na-full-penalty") && params.count !== undefined) return `${key}-items`;
  // A bonus or penalty section has no max: its cap is measured against what its items give together.
  if (key === "cap-above-max" && params.hint_adjustment_items !== undefined) return "cap-above-max-items";
  // Under --previous: what the earlier version tells of the code, not the advice to give it.
  if (key === "code-reference-unknown" && params.version !== undefined) return `${key}-${params.now !== undefined ? "now" : params.removed !== undefined ? "removed" : "none"}`;
  // A code the revision removed: nothing to write in its place.
  if (key === "code-reference-stale" && params.removed !== undefined) return "code-reference-stale-removed";
  if ((key === "test-fixtures-one-rubric" || key === "test-previous-one-rubric") && params.count !== undefined) return `${key}-many`;
  // A checklist's options, not a sum's parts: named as what the author ticks.
  if (key === "parts-exceed-max" && params.options !== undefined) return "parts-exceed-max-options";
  // Finer than the schema's 4 decimals allow: no rounding setting holds it, the value itself is to be rounded.
  if (key === "max-decimals" && Number(params.needed) > 4) return "max-decimals-too-fine";
  // Ids the main bands do not both hold: ranked by an earlier per-type set, named with its line.
  if (key === "band-rank-swapped" && params.ref_types !== undefined) return "band-rank-swapped-set";
  // What a quoted setting does to agency files: a version refuses them, a period warns each of another year.
  if (key === "setting-in-quotes") return `${key}-${params.key === "period" ? "period" : "version"}`;
  // A deadline makes answers late, a latest date refuses them: said each with what it does.
  if (key === "stale-date" && params.key === "by") return "stale-date-deadline";
  // Zeros on both codes, to two widths ("1.001" beside "1.01"): said as two widths, not as zeros against none.
  if (key === "code-mixed-padding" && params.width !== undefined) return "code-mixed-padding-width";
  // Quotes kept inside YAML's own quotes, not Word's curly ones: said as what was written.
  if ((key === "name-in-quotes" || key === "period-in-quotes") && params.quotes === "straight") return `${key}-straight`;
  // 1.2340 for the decimal reading of 1.234 read as a slip without a word on its 0 (1.2 for 1.200 needs none).
  if ((key === "ambiguous-number" || key === "number-quoted-ambiguous") && params.decimal === `${String(params.source).trim()}0`) return `${key}-padded`;
  // The figure to write is the hint's (did you mean 85.5?): "e.g. 95, not 95%" beside it named another.
  if (key === "percent-sign" && params.suggestion !== undefined) return "percent-sign-suggested";
  // At a question that asks no percentage (a level, a count): no percentage to write.
  if (key === "percent-sign" && params.not_percent !== undefined) return "percent-sign-not-asked";
  // A one-language value (version, period, a legal basis's number): said by its key, not as "the vi text".
  if ((key === "text-control-character" || key === "text-invisible-character") && params.lang === undefined && params.field !== undefined) return `${key}-field`;
  return key;
}

export function message(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const entry = MESSAGES.get(variant(key, params));
  const words = DETAIL_WORDS[key];
  let said = words && typeof params.detail === "string" ? { ...params, detail: words(params.detail, lang) } : params;
  if (key === "root-not-mapping" && params.found !== undefined) said = { ...said, found: foundText(lang, key, params.found) };
  if (NAMES_CHARACTERS.has(key)) said = withCharacterNames(said, lang);
  for (const name of DAYS_IN_PROSE[key] ?? []) if (typeof said[name] === "string") said = { ...said, [name]: dateText(String(said[name]), lang) };
  // The percentage meant is prose, said with the language's decimal comma; the figure to write stays YAML's (never 1e-7).
  // The decimal reading said as the language writes a decimal (1,234 in Vietnamese, which 1.234 is not), both where it is an
  // answer and where a whole number is asked (YAML reads 1.234 as 1,234); what to write stays YAML's.
  if ((key === "ambiguous-number" || key === "ambiguous-number-whole") && params.value !== undefined) said = { ...said, value_text: numberText(Number(params.value), lang) };
  if (key === "percent-looks-like-share" && params.percent !== undefined) said = { ...said, percent: numberText(Number(params.percent), "en"), percent_text: numberText(Number(params.percent), lang) };
  // A rubric's own words come in both languages (type_label_vi, type_label_en): {type_label} is the user's.
  for (const [name, value] of Object.entries(params)) if (name.endsWith(`_${lang}`)) said = { ...said, [name.slice(0, -3)]: value };
  return fill(entry ? entry[lang] : key, said);
}

/**
 * The days a finding's sentence names, said as the language writes a date in prose (28/12/2025 in Vietnamese, as
 * the reports write the day sent); its params, and what it quotes from the file or asks to write there, stay ISO.
 */
const DAYS_IN_PROSE: Record<string, readonly string[]> = {
  "evidence-after-submission": ["date", "submitted"],
  "answer-after-submission": ["date", "submitted"],
  "evidence-after-period": ["date"],
  "evidence-before-period": ["latest"],
  "submitted-outside-period": ["submitted"],
  "verified-before-submission": ["date", "submitted"],
};

/** Findings that name a character by its code point (U+200B): said with what it is called too. */
const NAMES_CHARACTERS = new Set(["invisible-character", "evidence-link-hidden", "text-control-character", "text-invisible-character", "unusual-space", "unusual-space-zero-width", "code-invisible-character", "code-invisible-characters", "stale-intro"]);

const ROOT_KINDS: Record<string, Entry> = {
  list: { vi: "một danh sách", en: "a list" },
  string: { vi: "một chuỗi ký tự", en: "text" },
  number: { vi: "một số", en: "a number" },
  boolean: { vi: "một giá trị true/false", en: "a true/false value" },
};

/**
 * A finding's "found:" in the user's language: what a whole file was found to be is a kind (a list, text…),
 * kept in its params as JavaScript names it (list, string) for json readers; any other finding quotes the file.
 */
export function foundText(lang: Lang, code: string, found: string | number): string | number {
  return code === "root-not-mapping" && typeof found === "string" && Object.hasOwn(ROOT_KINDS, found) ? ROOT_KINDS[found]![lang] : found;
}

const yamlWords = (detail: string, lang: Lang) => (lang === "vi" ? yamlDetailVi(detail) : yamlDetailEn(detail));

/**
 * Messages whose {detail} is in another's words: the `yaml` parser's sentence (English) or the system's
 * error code (ENOENT); said in the user's language where they are known ones, otherwise as written.
 */
const DETAIL_WORDS: Record<string, (detail: string, lang: Lang) => string> = {
  "yaml-syntax": yamlWords,
  "duplicate-key": yamlWords,
  "file-not-found": (detail, lang) => systemWords(detail, lang),
  "file-unreadable": (detail, lang) => systemWords(detail, lang),
  "folder-unreadable": (detail, lang) => systemWords(detail, lang),
  "output-unwritable": (detail, lang) => systemWords(detail, lang),
  "assess-submitted-not-saved": (detail, lang) => systemWords(detail, lang),
  "stdout-unwritable": (detail, lang) => systemWords(detail, lang),
  "work-folder-unusable": (detail, lang) => systemWords(detail, lang),
  "work-folder-size-limit": (detail, lang) => systemWords(detail, lang),
};

const systemWords = (detail: string, lang: Lang) => (Object.hasOwn(SYSTEM_ERRORS, detail) ? SYSTEM_ERRORS[detail]![lang] : detail);

/** Why a file could not be read or written, by the system's error code. */
const SYSTEM_ERRORS: Record<string, Entry> = {
  ENOENT: { vi: "không có tệp hoặc thư mục này", en: "no such file or folder" },
  EACCES: { vi: "không có quyền truy cập", en: "permission denied" },
  EPERM: { vi: "không có quyền truy cập", en: "permission denied" },
  EBUSY: { vi: "tệp đang bị chương trình khác khóa", en: "the file is locked by another program" },
  "in-use": { vi: "tệp đang được mở trong chương trình khác như Excel, bị khóa hoặc chỉ cho phép đọc; đóng tệp rồi thử lại", en: "the file is open in another program such as Excel, locked or read-only; close it and try again" },
  "folder-no-write": { vi: "thư mục chứa tệp không cho ghi (không có quyền tạo tệp trong thư mục; tệp được lưu qua một tệp tạm bên cạnh): cấp quyền ghi cho thư mục, hoặc chép tệp sang thư mục khác", en: "its folder may not be written in (no permission to make files there; the file is saved through a temporary file beside it): allow writing in the folder, or copy the file to another folder" },
  "made-read-only": { vi: "tệp đã được đặt chỉ cho đọc trong lúc trả lời (có thể đã gửi đi); bỏ thuộc tính chỉ đọc nếu muốn lưu tiếp", en: "the file was made read-only during the session (sent already?); make it writable to go on saving" },
  EISDIR: { vi: "đây là một thư mục", en: "it is a folder" },
  "reserved-name": { vi: "Windows dành tên này cho thiết bị (CON, NUL, COM1…) hoặc bỏ dấu chấm, dấu cách ở cuối tên; hãy đặt tên khác", en: "Windows keeps this name for a device (CON, NUL, COM1…) or drops a final dot or space; choose another name" },
  "not-regular": { vi: "đây không phải tệp thường (thiết bị hay ống dẫn)", en: "it is not a plain file (a device or a pipe)" },
  "not-a-file": { vi: "đây không phải tệp thường (thiết bị hay ống dẫn); bỏ -o để in ra màn hình", en: "it is not a plain file (a device or a pipe); leave out -o to print the report" },
  ENOTDIR: { vi: "một phần của đường dẫn là tệp chứ không phải thư mục", en: "part of the path is a file, not a folder" },
  EEXIST: { vi: "một tệp đã nằm ở chỗ cần thư mục", en: "a file stands where a folder is needed" },
  EROFS: { vi: "ổ đĩa chỉ cho đọc", en: "the disk is read-only" },
  ENOSPC: { vi: "ổ đĩa đã đầy", en: "no space left on the disk" },
  EDQUOT: { vi: "đã hết hạn mức dung lượng đĩa của người dùng", en: "the disk quota is used up" },
  EFBIG: { vi: "tệp vượt giới hạn kích thước tệp (của ổ đĩa, hoặc giới hạn đặt cho tiến trình: ulimit -f)", en: "the file is over a size limit (the disk's, or one set for this process: ulimit -f)" },
  ELOOP: { vi: "các liên kết tượng trưng trỏ lẫn nhau thành vòng lặp", en: "a loop of symbolic links" },
  "dangling-link": { vi: "liên kết tượng trưng trỏ tới chỗ không có", en: "a symbolic link to nowhere" },
  "foreign-link": { vi: "đây là liên kết tượng trưng do người dùng khác tạo trong thư mục dùng chung; không ghi qua liên kết này, hãy đặt tên khác", en: "it is a symbolic link another user made in a shared folder; nothing is written through it: choose another name" },
  EMFILE: { vi: "quá nhiều tệp đang mở", en: "too many open files" },
  ENFILE: { vi: "quá nhiều tệp đang mở", en: "too many open files" },
  ENXIO: { vi: "đây không phải tệp thường (socket hay thiết bị không có gì phía sau)", en: "it is not a plain file (a socket, or a device with nothing behind it)" },
  EIO: { vi: "lỗi đọc/ghi của thiết bị", en: "an input/output error" },
  // A path typed or made from a name (init -o, --output-dir): Node's bare code told no user which part to change.
  ENAMETOOLONG: { vi: "tên quá dài (tên một thư mục, tệp hoặc cả đường dẫn dài hơn mức hệ thống cho phép)", en: "the name is too long (a folder's or file's name, or the whole path, is longer than the system allows)" },
  // Node refuses a path with a NUL in it by this code, before the system sees it.
  ERR_INVALID_ARG_VALUE: { vi: "tên chứa ký tự NUL, ký tự mà không tên tệp nào được chứa", en: "the name holds a NUL character, which no file name may hold" },
};

export function expectedText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const entry = EXPECTED[key];
  return fill(entry ? entry[lang] : key, params);
}

/** An agency file's header blocks, whose fields share names (agency.name, respondent.name). */
const HEADER_BLOCKS = new Set(["rubric", "agency", "respondent"]);

/**
 * A finding's sentence. One about the collector's verified value (at answers/CODE/verified/…) says so first:
 * its caret alone told it from the officer's answer; and where the advice differs for a verified value
 * ("leave it empty" is itself an error there), the verified one is given.
 */
export function findingText(lang: Lang, d: { code: string; params: Record<string, string | number>; path?: string | null }): string {
  const steps = d.path?.split("/") ?? [];
  const verified = steps[0] === "answers" && steps[2] === "verified";
  // A file that is no rubric says what it is instead (an agency file's sentence is the code's own).
  const kind = d.code === "not-rubric-file" && d.params.hint_not_rubric !== "agency" ? `${d.code}-${d.params.hint_not_rubric}` : undefined;
  if (kind !== undefined && MESSAGES.has(kind)) return message(lang, kind, d.params);
  // "Missing required field "name"" said not whether the agency's or the respondent's: only line:column told.
  if (d.code === "missing-field" && HEADER_BLOCKS.has(d.path ?? "")) return message(lang, "missing-field-in", { ...d.params, block: d.path! });
  if (!verified || d.code.startsWith("verified-")) return message(lang, d.code, d.params);
  const own = `${d.code}-verified`;
  // A finding on the block itself (a misspelt key, its note or date) names the block, the collector's: "Verified
  // value: unknown field "vaule"" read as a fault in the figure, which a collector would look for in the agency's answer.
  const where = ["value", "na", "reason"].includes(steps[3] ?? "") ? "finding-verified" : "finding-verified-block";
  return `${message(lang, where)}: ${midSentence(message(lang, MESSAGES.has(own) ? own : d.code, d.params))}`;
}

/**
 * A finding's sentence on one line, with its "did you mean …?" where it has one ("Unknown field "agnecy"; did you
 * mean agency?", as rubric lint says it): the places that show a finding without the hint lines under its code
 * frame (score's table, validate's json) said the misspelt key and not the one it stands for.
 */
export function findingLine(lang: Lang, d: { code: string; params: Record<string, string | number>; path?: string | null }): string {
  const suggested = suggestionText(lang, d.params);
  return suggested === undefined ? findingText(lang, d) : `${findingText(lang, d)}; ${suggested}`;
}

/** "did you mean agency?" for a finding that suggests what was meant (an Excel day number: the date it stands for). */
export function suggestionText(lang: Lang, params: Record<string, string | number>): string | undefined {
  if (params.suggestion === undefined) return undefined;
  return message(lang, params.hint_excel_date !== undefined ? "excel-date-serial" : "did-you-mean", params);
}

/**
 * A sentence set inside another, after a colon or in brackets, starts in lower case ("Verified value: missing required
 * field", "dropped (the numerator a = 70 …)"); YAML, N/A or a quoted answer stay as written.
 */
export function midSentence(sentence: string): string {
  const [first, second] = [...sentence];
  return first !== undefined && second !== undefined && second === second.toLowerCase() && second !== second.toUpperCase() ? first.toLowerCase() + sentence.slice(first.length) : sentence;
}

export function hasMessage(key: string): boolean {
  return MESSAGES.has(key);
}

/** {name} is the parameter; {name|one|other} the word for its number (English: "1 file", "2 files"). */
function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    return one === undefined ? String(params[name]) : Number(params[name]) === 1 ? one : other!;
  });
}
