// The workbench page: uses /api only (see /api/openapi.json). Vietnamese first, English one click away.
"use strict";
const T = {
  vi: { title: "Bàn làm việc quy tắc thi đua", login: "Đăng nhập", name: "Tên", password: "Mật khẩu",
    files: "Tệp quy tắc", save: "Lưu", validate: "Kiểm tra", problems: "Lỗi", scenarios: "Kịch bản",
    impact: "Ảnh hưởng", explain: "Giải thích", publishTab: "Xuất bản", runScenarios: "Chạy kịch bản",
    runImpact: "Xem ảnh hưởng", runExplain: "Giải thích", sample: "Hồ sơ mẫu", paste: "Hoặc dán hồ sơ (JSON)",
    underDraft: "Theo bản nháp", underPublished: "Theo bản đang dùng", reason: "Lý do thay đổi", publish: "Xuất bản",
    history: "Lịch sử", restore: "Khôi phục", accept: "Chấp nhận kết quả mới", acceptAll: "Chấp nhận mọi kết quả mới",
    conflict: "Người khác đã lưu tệp này sau khi bạn mở. Bên trái là bản của họ, bên phải là bản của bạn.",
    keepMine: "Lưu bản của tôi", takeTheirs: "Dùng bản đã lưu", clean: "Bản nháp không có lỗi.", checking: "Đang kiểm tra…",
    nProblems: n => n + " lỗi", queued: p => "Đang chờ: vị trí " + p + " trong hàng", running: "Đang chạy…",
    unsaved: "bản nháp chưa lưu", saved: "đã lưu", allPass: (p, f) => p + " trường hợp đạt, " + f + " không đạt",
    expected: "Mong đợi", actual: "Thực tế", what: "Mục", coverage: "Độ phủ quy tắc",
    noChange: "Không hồ sơ nào thay đổi.", upload: "Tải hồ sơ lên để xem ảnh hưởng (.json, .jsonl)", found: "Tìm thấy khi thử hồ sơ sinh ngẫu nhiên", addScenario: "Thêm thành kịch bản",
    publishedOk: v => "Đã xuất bản phiên bản " + v, notPublished: "Chưa xuất bản", none: "(không có)", lang: "English" },
  en: { title: "Emulation rules workbench", login: "Log in", name: "Name", password: "Password",
    files: "Rule files", save: "Save", validate: "Check", problems: "Problems", scenarios: "Scenarios",
    impact: "Impact", explain: "Explain", publishTab: "Publish", runScenarios: "Run scenarios",
    runImpact: "See impact", runExplain: "Explain", sample: "Sample dossier", paste: "Or paste a dossier (JSON)",
    underDraft: "Under the draft", underPublished: "Under the published set", reason: "Reason for the change",
    publish: "Publish", history: "History", restore: "Restore", accept: "Accept the new outcome", acceptAll: "Accept every new outcome",
    conflict: "Someone saved this file after you opened it. Left: their text; right: yours.",
    keepMine: "Save my text", takeTheirs: "Take the saved text", clean: "The draft has no problems.", checking: "Checking…",
    nProblems: n => n + (n === 1 ? " problem" : " problems"), queued: p => "Waiting: place " + p + " in line",
    running: "Running…", unsaved: "unsaved draft", saved: "saved", allPass: (p, f) => p + " cases pass, " + f + " fail",
    expected: "Expected", actual: "Actual", what: "What", coverage: "Rule coverage",
    noChange: "No dossier changes.", upload: "Upload dossiers for the impact (.json, .jsonl)", found: "Found among generated dossiers", addScenario: "Add as a scenario",
    publishedOk: v => "Published version " + v, notPublished: "Not published", none: "(none)", lang: "Tiếng Việt" }
};
let lang = localStorage.getItem("lang") || "vi";
const t = (k, ...a) => { const v = T[lang][k]; return typeof v === "function" ? v(...a) : v; };
const $ = id => document.getElementById(id);
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) { if (k === "text") e.textContent = v; else e.setAttribute(k, v); }
  kids.forEach(k => e.append(k));
  return e;
};
let session = null, current = null, editor = null, problems = [], draftTimer = null;

async function api(method, path, body) {
  const headers = { "Content-Type": "application/json" };
  if (session && session.csrf && method !== "GET") headers["X-CSRF-Token"] = session.csrf;
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin" });
  const data = r.headers.get("content-type")?.includes("json") ? await r.json() : null;
  return { status: r.status, data };
}

async function job(body) {
  const r = await api("POST", "/api/jobs", body);
  if (r.status !== 202) { status(r.data?.error || r.status); return null; }
  return await follow(r.data);
}

async function follow(j) {
  while (j.state !== "done") {
    status(j.state === "queued" ? t("queued", j.position) : t("running"));
    await new Promise(res => setTimeout(res, 400));
    j = (await api("GET", "/api/jobs/" + j.id)).data;
  }
  status("");
  return j.result;
}

function status(text) { $("jobline").textContent = text; }

function translate() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach(e => { e.textContent = t(e.dataset.i18n); });
  $("lang").textContent = t("lang");
  $("lang").setAttribute("aria-label", t("lang"));
}

CodeMirror.defineSimpleMode("drl", {
  start: [
    { regex: /\/\/.*/, token: "comment" },
    { regex: /\/\*/, token: "comment", next: "comment" },
    { regex: /"(?:[^\\"]|\\.)*?"/, token: "string" },
    { regex: /\b(?:package|import|global|function|rule|when|then|end|not|exists|forall|accumulate|from|collect|eval|salience|no-loop|agenda-group|declare|query|insert|insertLogical|modify|update|retract|delete|and|or|in|matches|memberOf|contains|if|else|return|new|true|false|null)\b/, token: "keyword" },
    { regex: /-?\d+(?:\.\d+)?/, token: "number" },
    { regex: /\$[A-Za-z_]\w*/, token: "variable-2" },
    { regex: /[A-Z][A-Za-z0-9_]*/, token: "variable-3" }
  ],
  comment: [{ regex: /.*?\*\//, token: "comment", next: "start" }, { regex: /.*/, token: "comment" }],
  meta: { lineComment: "//" }
});

async function start() {
  translate();
  $("lang").onclick = () => { lang = lang === "vi" ? "en" : "vi"; localStorage.setItem("lang", lang); translate(); };
  session = (await api("GET", "/api/session")).data;
  if (!session.loggedIn) { $("login").hidden = false; $("login-button").onclick = login; return; }
  await enter();
}

async function login() {
  const r = await api("POST", "/api/login", { name: $("login-name").value, password: $("login-password").value });
  if (r.status !== 200) { $("login-error").textContent = r.data?.error || r.status; return; }
  session = Object.assign({ loggedIn: true }, r.data);
  $("login").hidden = true;
  await enter();
}

async function enter() {
  $("work").hidden = false;
  $("who").textContent = session.user + " (" + session.role + ")";
  editor = CodeMirror($("editor"), { lineNumbers: true, mode: "drl", gutters: ["problems", "CodeMirror-linenumbers"],
    extraKeys: { "Ctrl-S": () => save() }, screenReaderLabel: "Nội dung tệp / file text" });
  editor.on("change", (cm, change) => {
    if (!current || change.origin === "setValue") return;
    $("draft-state").textContent = t("unsaved");
    clearTimeout(draftTimer);
    draftTimer = setTimeout(() => api("PUT", "/api/drafts/" + encodeURIComponent(current.name), { text: editor.getValue() }), 600);
  });
  document.querySelectorAll("[role=tab]").forEach(tab => tab.onclick = () => showTab(tab.id));
  $("save").onclick = save;
  $("validate").onclick = validate;
  $("run-scenarios").onclick = scenarios;
  $("run-impact").onclick = impact;
  $("upload").onchange = upload;
  $("run-explain").onclick = explain;
  $("publish").onclick = publish;
  $("history-button").onclick = history;
  $("keep-mine").onclick = () => save(true);
  $("take-theirs").onclick = () => { editor.setValue($("theirs").value); current.sha256 = current.theirsSha256; $("conflict").hidden = true; };
  await listFiles();
  const samples = (await api("GET", "/api/samples")).data || [];
  samples.forEach(s => $("sample").append(el("option", { value: s, text: s })));
}

function showTab(id) {
  document.querySelectorAll("[role=tab]").forEach(tab => {
    tab.setAttribute("aria-selected", String(tab.id === id));
    $(tab.getAttribute("aria-controls")).hidden = tab.id !== id;
  });
}

async function listFiles() {
  const files = (await api("GET", "/api/files")).data;
  const ul = $("files");
  ul.replaceChildren();
  for (const f of files) {
    const b = el("button", { type: "button", text: f.name, "data-file": f.name });
    b.onclick = () => open(f.name);
    ul.append(el("li", {}, b, el("small", { text: f.description || "" })));
  }
}

async function open(name) {
  document.body.setAttribute("aria-busy", "true");
  const f = (await api("GET", "/api/files/" + encodeURIComponent(name))).data;
  const d = await api("GET", "/api/drafts/" + encodeURIComponent(name));
  current = { name, sha256: f.sha256 };
  $("current-file").textContent = name;
  document.querySelectorAll("#files button").forEach(b => b.setAttribute("aria-current", String(b.dataset.file === name)));
  editor.setValue(d.status === 200 ? d.data.text : f.text);
  editor.clearHistory();
  $("draft-state").textContent = d.status === 200 ? t("unsaved") : "";
  $("conflict").hidden = true;
  mark();
  document.body.removeAttribute("aria-busy");
}

async function save(overwrite) {
  if (!current) return;
  const base = overwrite === true ? current.theirsSha256 : current.sha256;
  const r = await api("PUT", "/api/files/" + encodeURIComponent(current.name), { text: editor.getValue(), baseSha256: base });
  if (r.status === 409) {
    $("theirs").value = r.data.theirs; $("yours").value = r.data.yours; current.theirsSha256 = r.data.theirsSha256;
    $("conflict").hidden = false;
    return;
  }
  if (r.status !== 200) { status(r.data?.error || r.status); return; }
  current.sha256 = r.data.sha256;
  $("conflict").hidden = true;
  $("draft-state").textContent = t("saved");
  await validate();
}

async function validate() {
  $("problems-summary").textContent = t("checking");
  $("problems-summary").className = "";
  const r = await job({ kind: "validate" });
  if (r) showProblems(r.problems || []);
}

function showProblems(list) {
  problems = list;
  if (list.length) showTab("t-problems"); // a clean draft leaves the person where they are
  $("problems-summary").textContent = list.length ? t("nProblems", list.length) : t("clean");
  $("problems-summary").className = list.length ? "bad" : "ok";
  const ul = $("problems");
  ul.replaceChildren();
  for (const p of list) {
    const b = el("button", { type: "button", text: (p.file || "?") + ":" + p.line + ":" + p.column + ": " + p.message });
    b.onclick = async () => { if (p.file && p.file !== current?.name) await open(p.file); editor.setCursor(Math.max(0, p.line - 1), Math.max(0, p.column)); editor.focus(); };
    ul.append(el("li", {}, b));
  }
  mark();
}

function mark() {
  if (!editor) return;
  editor.clearGutter("problems");
  for (let i = 0; i < editor.lineCount(); i++) editor.removeLineClass(i, "background", "problem-line");
  for (const p of problems) {
    if (!current || p.file !== current.name || p.line < 1) continue;
    const line = p.line - 1;
    editor.addLineClass(line, "background", "problem-line");
    editor.setGutterMarker(line, "problems", el("span", { class: "problem-mark", title: p.message, "aria-label": "Lỗi dòng " + p.line + ": " + p.message, text: "●" }));
  }
}

async function scenarios() {
  const r = await job({ kind: "test" });
  if (!r) return;
  if (r.problems && r.problems.length) { showProblems(r.problems); return; }
  showTab("t-scenarios");
  $("scenarios-summary").textContent = t("allPass", r.passed, r.failed);
  $("scenarios-summary").className = r.failed ? "bad" : "ok";
  const box = $("scenarios");
  box.replaceChildren();
  const failing = r.cases.filter(c => !c.passed);
  if (failing.length > 1) {
    const all = el("button", { type: "button", "aria-label": "Chấp nhận mọi kết quả mới", text: t("acceptAll") });
    all.onclick = async () => {
      const a = await job({ kind: "accept", cases: failing.map(c => ({ file: c.file, case: c.name })) });
      if (a && a.ok) { all.disabled = true; all.textContent = "✓ " + a.rewrites.length; if (current) await open(current.name); }
      else status(a?.error || "");
    };
    box.append(all);
  }
  for (const c of failing) {
    const rows = c.mismatches.map(m => el("tr", {}, el("td", { text: m.what }), el("td", { text: m.expected }), el("td", { text: m.actual })));
    const table = el("table", {}, el("tr", {}, el("th", { text: t("what") }), el("th", { text: t("expected") }), el("th", { text: t("actual") })), ...rows);
    const accept = el("button", { type: "button", "aria-label": "Chấp nhận kết quả mới", text: t("accept") });
    accept.onclick = async () => {
      const a = await job({ kind: "accept", file: c.file, case: c.name });
      if (a && a.ok) { accept.disabled = true; accept.textContent = "✓"; if (current && current.name === c.file) await open(c.file); }
      else status(a?.error || "");
    };
    box.append(el("div", { class: "fail" }, el("h3", { text: c.file + " › " + c.name }), table, accept));
  }
  const cov = el("div", {}, el("h3", { text: t("coverage") + ": " + r.coverage.percent + "%" }));
  const ul = el("ul");
  for (const [file, n] of Object.entries(r.coverage.perFile)) ul.append(el("li", { text: file + ": " + n.covered + "/" + n.total }));
  cov.append(ul);
  box.append(cov);
}

async function impact() {
  const r = await job({ kind: "impact" });
  if (!r) return;
  if (r.problems) { showProblems(r.problems); return; }
  showTab("t-impact");
  const box = $("impact");
  box.replaceChildren(el("p", { text: r.dossiers + " / " + r.changed.length }));
  if (!r.changed.length && !r.search.found.length) box.append(el("p", { text: t("noChange") }));
  for (const d of r.changed) {
    const ul = el("ul");
    d.changes.forEach(c => ul.append(el("li", { text: lang === "vi" ? c.vi : c.en })));
    box.append(el("div", { class: "fail" }, el("h3", { text: d.file + " › " + d.dossier }), ul));
  }
  for (const f of r.search.found) {
    const ul = el("ul");
    f.changes.forEach(c => ul.append(el("li", { text: lang === "vi" ? c.vi : c.en })));
    const add = el("button", { type: "button", "aria-label": "Thêm thành kịch bản", text: t("addScenario") });
    add.onclick = async () => {
      const r = await api("POST", "/api/scenario-cases", { file: "impact-findings.scenario.json", case: f.scenarioCase });
      if (r.status === 200) { add.disabled = true; add.textContent = "✓ " + r.data.name; await listFiles(); }
      else status(r.data?.error || r.status);
    };
    box.append(el("div", { class: "fail" }, el("h3", { text: t("found") + " #" + f.try }), ul, el("pre", { text: f.scenarioCase }), add));
  }
}

async function upload() {
  for (const file of $("upload").files) {
    if (file.size > 4 * 1024 * 1024) { status(file.name + ": > 4 MiB"); continue; }
    const r = await api("POST", "/api/uploads", { name: file.name, text: await file.text() });
    status(r.status === 200 ? "✓ " + r.data.name : (r.data?.error || r.status));
  }
  $("upload").value = "";
  const samples = (await api("GET", "/api/samples")).data || [];
  $("sample").replaceChildren(...samples.map(s => el("option", { value: s, text: s })));
}

async function explain() {
  const body = { kind: "explain" };
  if ($("dossier").value.trim()) body.dossier = $("dossier").value; else body.sample = $("sample").value;
  const r = await job(body);
  if (!r) return;
  if (r.problems) { showProblems(r.problems); return; }
  $("explain-draft").textContent = r.draft || r.error || "";
  $("explain-published").textContent = r.published || t("none");
}

async function publish() {
  const r = await api("POST", "/api/publish", { reason: $("reason").value });
  if (r.status !== 202) { $("publish-result").textContent = r.data?.error || r.status; return; }
  const res = await follow(r.data);
  $("publish-result").textContent = res.published ? t("publishedOk", res.version.version) : t("notPublished") + ": " + (res.why || res.error || "");
  if (res.problems && res.problems.length) showProblems(res.problems);
  if (res.published) await history();
}

async function history() {
  const list = (await api("GET", "/api/history")).data;
  const ol = $("history");
  ol.replaceChildren();
  for (const v of list) {
    const details = el("details", {}, el("summary", { text: "v" + v.version + " — " + v.who + " — " + v.when + " — " + v.why }));
    details.addEventListener("toggle", async () => {
      if (!details.open || details.dataset.loaded) return;
      const d = (await api("GET", "/api/history/" + v.commit)).data;
      details.append(el("pre", { text: d.drlDiff }), el("pre", { text: d.scenarioDiff }));
      details.dataset.loaded = "1";
    });
    const restore = el("button", { type: "button", "aria-label": "Khôi phục", text: t("restore") + " v" + v.version });
    restore.onclick = async () => {
      const r = await api("POST", "/api/restore", { commit: v.commit, reason: $("reason").value });
      $("publish-result").textContent = r.status === 200 ? t("publishedOk", r.data.version) : (r.data?.error || r.status);
      await history();
      if (current) await open(current.name);
    };
    ol.append(el("li", {}, details, restore));
  }
}

start();
