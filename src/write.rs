//! Writing files — only generated ones (baselines, lock files, published outputs); a file a
//! person wrote is never written by `align`.
//!
//! - [`write_atomic`]: a temporary file created exclusively (`O_EXCL`, an unpredictable name)
//!   in the target's directory, synced, then renamed over the target: a reader or a crash never
//!   sees half a file, and a symbolic link planted at the temporary's name is never followed.
//!   A failed write removes its temporary.
//! - [`publish_dir`]: a whole set of outputs, staged in a temporary directory beside the output
//!   directory and swapped into place, so that readers see all old files or all new ones. It
//!   publishes only into a directory it owns: a new one, or one it marked ([`MARKER`]).
//! - [`DirLock`]: an advisory lock on a directory, held while a lock file is read, merged and
//!   written (`align accept`) or an output directory is replaced (`align publish`), so that
//!   concurrent runs never lose each other's work.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};

/// The file `align publish` leaves in every directory it publishes to, marking it as its own.
pub const MARKER: &str = ".align-published";

fn write_error(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| {
        Error::at(
            ErrorKind::Write {
                reason: e.to_string(),
            },
            path,
        )
    }
}

fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` atomically (an exclusive temporary file, then rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = write_error(path);
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(Error::at(
            ErrorKind::NotAFile {
                what: "directory".into(),
            },
            path,
        ));
    }
    let dir = parent_of(path);
    std::fs::create_dir_all(&dir).map_err(&fail)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".align-").suffix(".tmp");
    // The file gets the permissions any new file gets (0666 less the umask: a published page
    // is readable by the web server), not the temporary file's private 0600.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir).map_err(&fail)?;
    // A file replaced keeps its own permissions.
    if let Ok(m) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(m.permissions())
            .map_err(&fail)?;
    }
    tmp.write_all(bytes).map_err(&fail)?;
    tmp.as_file().sync_all().map_err(&fail)?;
    // On failure the temporary is removed when dropped.
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// An exclusive advisory lock on a directory, released when dropped. Concurrent `align` runs
/// that take it on the same directory wait for each other. (Where directories cannot be locked,
/// it locks nothing.)
pub struct DirLock {
    _file: Option<std::fs::File>,
}

impl DirLock {
    pub fn acquire(dir: &Path) -> Result<DirLock> {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        #[cfg(unix)]
        {
            let file = std::fs::File::open(dir).map_err(|e| Error::io(&e, dir))?;
            file.lock().map_err(write_error(dir))?;
            Ok(DirLock { _file: Some(file) })
        }
        #[cfg(not(unix))]
        {
            let _ = dir;
            Ok(DirLock { _file: None })
        }
    }
}

/// Whether `align publish` may write into `dir`: it does not exist, or is empty, or carries
/// [`MARKER`]. A path that exists and is not a directory is an error naming what it is.
pub fn owned(dir: &Path) -> Result<bool> {
    let meta = match std::fs::symlink_metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(e) => return Err(Error::io(&e, dir)),
    };
    if !std::fs::metadata(dir).is_ok_and(|m| m.is_dir()) {
        if meta.file_type().is_symlink() && std::fs::metadata(dir).is_err() {
            return Err(Error::at(
                ErrorKind::NotAFile {
                    what: "symlink-loop".to_string(),
                },
                dir,
            ));
        }
        return Err(Error::at(ErrorKind::NotADirectory, dir));
    }
    if dir.join(MARKER).is_file() {
        return Ok(true);
    }
    let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(&e, dir))?;
    Ok(entries.next().is_none())
}

/// Publishes `files` (name, content) into `dir` as one set: the files already there that
/// are not replaced are kept, the new ones written, all in a staging directory beside `dir`
/// that then takes `dir`'s place. Refuses a directory it does not own ([`owned`]).
pub fn publish_dir(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    let fail = write_error(dir);
    if !owned(dir)? {
        return Err(Error::at(ErrorKind::NotOwned, dir));
    }
    let parent = parent_of(dir);
    std::fs::create_dir_all(&parent).map_err(&fail)?;
    let _lock = DirLock::acquire(&parent)?;
    // Checked again under the lock: another run may have published meanwhile.
    if !owned(dir)? {
        return Err(Error::at(ErrorKind::NotOwned, dir));
    }
    let staging = tempfile::Builder::new()
        .prefix(".align-publish-")
        .tempdir_in(&parent)
        .map_err(&fail)?;
    // What is there and stays: hard links where possible (nothing copied), else copies.
    if dir.is_dir() {
        for entry in std::fs::read_dir(dir).map_err(&fail)?.flatten() {
            let name = entry.file_name();
            let keep = files.iter().all(|(n, _)| std::ffi::OsStr::new(n) != name);
            let is_file = entry.file_type().is_ok_and(|t| t.is_file());
            if keep && is_file {
                let to = staging.path().join(&name);
                if std::fs::hard_link(entry.path(), &to).is_err() {
                    std::fs::copy(entry.path(), &to).map_err(&fail)?;
                }
            }
        }
    }
    for (name, content) in files {
        let path = staging.path().join(name);
        let mut f = std::fs::File::create(&path).map_err(write_error(&path))?;
        f.write_all(content).map_err(write_error(&path))?;
        f.sync_all().map_err(write_error(&path))?;
    }
    std::fs::write(
        staging.path().join(MARKER),
        "Written by `align publish`: this directory and its files are generated; \
         align publish replaces them.\n",
    )
    .map_err(&fail)?;
    swap_into_place(staging, dir)
}

/// Puts the staged directory at `dir`: renamed if `dir` does not exist; otherwise exchanged
/// with it atomically where the system can (Linux `renameat2(RENAME_EXCHANGE)`), else renamed
/// aside and replaced. The old contents are removed.
fn swap_into_place(staging: tempfile::TempDir, dir: &Path) -> Result<()> {
    let fail = write_error(dir);
    let staged = staging.keep();
    if std::fs::symlink_metadata(dir).is_err() {
        return std::fs::rename(&staged, dir).map_err(|e| {
            let _ = std::fs::remove_dir_all(&staged);
            fail(e)
        });
    }
    if exchange(&staged, dir) {
        // `staged` now holds the old contents.
        let _ = std::fs::remove_dir_all(&staged);
        return Ok(());
    }
    let aside = parent_of(dir).join(format!(
        ".align-old-{}-{}",
        std::process::id(),
        dir.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    ));
    let result = std::fs::rename(dir, &aside).and_then(|()| std::fs::rename(&staged, dir));
    let _ = std::fs::remove_dir_all(&aside);
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staged);
        return Err(fail(e));
    }
    Ok(())
}

/// Exchanges two paths atomically; false where the system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let (Ok(a), Ok(b)) = (
        std::ffi::CString::new(a.as_os_str().as_bytes()),
        std::ffi::CString::new(b.as_os_str().as_bytes()),
    ) else {
        return false;
    };
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    r == 0
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn written_files_have_ordinary_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("page.html");
        write_atomic(&p, b"x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // As any new file (0666 less the umask), not the temporary's private 0600.
        let plain = dir.path().join("plain");
        std::fs::File::create(&plain).unwrap();
        assert_eq!(mode(&p), mode(&plain));
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&p, b"y").unwrap();
        assert_eq!(mode(&p), 0o640);
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_and_replaces_without_leaving_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/out.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(names(&dir.path().join("sub")), ["out.json"]);
    }

    #[test]
    fn a_write_that_cannot_happen_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "x").unwrap();
        let e = write_atomic(&blocker.join("below"), b"x").unwrap_err();
        assert!(matches!(e.kind, ErrorKind::Write { .. }));
        assert!(e.path.unwrap().ends_with("below"));
        // A directory is never replaced by a file.
        let e = write_atomic(dir.path(), b"x").unwrap_err();
        assert!(matches!(e.kind, ErrorKind::NotAFile { .. }));
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_link_is_replaced_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.txt");
        std::fs::write(&outside, "mine").unwrap();
        let target = dir.path().join("out/lock.yaml");
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(&outside, &target).unwrap();
        write_atomic(&target, b"generated").unwrap();
        assert_eq!(std::fs::read(&outside).unwrap(), b"mine");
        assert_eq!(std::fs::read(&target).unwrap(), b"generated");
        assert!(!std::fs::symlink_metadata(&target).unwrap().is_symlink());
    }

    #[test]
    fn publishes_a_set_into_a_directory_it_owns_only() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        publish_dir(&out, &[("a.html".into(), b"1".to_vec())]).unwrap();
        assert_eq!(names(&out), [MARKER, "a.html"]);
        // Another statement into the same directory: the first one's files stay.
        publish_dir(&out, &[("b.html".into(), b"2".to_vec())]).unwrap();
        assert_eq!(names(&out), [MARKER, "a.html", "b.html"]);
        // Replaced as a set.
        publish_dir(&out, &[("a.html".into(), b"3".to_vec())]).unwrap();
        assert_eq!(std::fs::read(out.join("a.html")).unwrap(), b"3");
        // Nothing left beside it.
        assert_eq!(names(tmp.path()), ["public"]);
        // Look-alike: a directory with a person's files is refused, untouched.
        let mine = tmp.path().join("mine");
        std::fs::create_dir(&mine).unwrap();
        std::fs::write(mine.join("README.md"), "hand-written").unwrap();
        let e = publish_dir(&mine, &[("README.md".into(), b"x".to_vec())]).unwrap_err();
        assert_eq!(e.kind, ErrorKind::NotOwned);
        assert_eq!(
            std::fs::read_to_string(mine.join("README.md")).unwrap(),
            "hand-written"
        );
        // And a path that is a file.
        let e = publish_dir(&mine.join("README.md"), &[]).unwrap_err();
        assert_eq!(e.kind, ErrorKind::NotADirectory);
    }
}
