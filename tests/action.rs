//! The GitHub Action (`action.yml`): its shell steps run here for real, as the runner would
//! run them (inputs as environment variables, `align` on PATH), on a broken statement.

mod common;

use std::path::Path;
use std::process::Command;

use serde_yaml::Value;

fn action() -> Value {
    serde_yaml::from_str(&std::fs::read_to_string(common::root().join("action.yml")).unwrap())
        .unwrap()
}

/// The step named `name`.
fn step(name: &str) -> Value {
    action()["runs"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| s["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("no step {name}"))
        .clone()
}

/// Runs a step's script with bash as the runner does (`bash -e {0}`), `env` as its inputs.
fn run_step(name: &str, dir: &Path, env: &[(&str, &str)]) -> (i32, String, String) {
    let s = step(name);
    let script = s["run"].as_str().unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_align")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .args([
            "--noprofile",
            "--norc",
            "-e",
            "-o",
            "pipefail",
            "-c",
            script,
        ])
        .current_dir(dir)
        .env("PATH", path)
        .envs(env.iter().copied())
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("ALIGN_UI_LANG")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_script_step_parses() {
    let a = action();
    assert_eq!(a["runs"]["using"].as_str(), Some("composite"));
    for s in a["runs"]["steps"].as_sequence().unwrap() {
        if let Some(script) = s["run"].as_str() {
            assert_eq!(s["shell"].as_str(), Some("bash"), "{s:?}");
            let out = Command::new("bash")
                .args(["-n", "-c", script])
                .output()
                .unwrap();
            assert!(out.status.success(), "{script}: {out:?}");
            // Inputs never appear inside a script (script injection): they come as variables.
            assert!(!script.contains("${{"), "{script}");
        }
    }
}

#[test]
fn the_check_steps_annotate_and_fail_and_the_sarif_step_does_not() {
    let tmp = tempfile::tempdir().unwrap();
    common::broken(&tmp.path().join("broken"));
    let output = tmp.path().join("github_output");
    let output_s = output.display().to_string();
    let env = [
        ("ALIGN_ARGS", "--lang ckb,kmr --fail-on warning"),
        ("ALIGN_PATHS", "broken"),
        ("ALIGN_SARIF", "align.sarif"),
        ("GITHUB_OUTPUT", output_s.as_str()),
    ];
    let (code, out, err) = run_step("align check (SARIF)", tmp.path(), &env);
    assert_eq!(code, 0, "{out}{err}");
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("align.sarif")).unwrap())
            .unwrap();
    let rules: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"number-mismatch") && rules.contains(&"date-mismatch"),
        "{rules:?}"
    );
    assert!(
        !rules.contains(&"missing-segment"),
        "--lang reached align: {rules:?}"
    );
    assert!(
        std::fs::read_to_string(&output)
            .unwrap()
            .contains("file=align.sarif")
    );
    let (code, out, _) = run_step("align check", tmp.path(), &env);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("::error file=broken/ckb.md,line=11"), "{out}");
    assert!(out.contains("::error file=broken/kmr.md,line=7"), "{out}");
    assert!(!out.contains("ar.md"), "{out}");
}
