#!/usr/bin/env python3
"""The release archive's packer, the same on every platform (scripts/package runs it; Python is
on every CI runner), so that the same files give the same bytes whatever tar, zip or umask the
machine has:

    python3 scripts/pack.py pack STAGE NAME FORMAT OUT MTIME
        packs STAGE/NAME (a folder) into OUT as FORMAT (tar.gz or zip): entries sorted by path
        (a folder before what it holds); modes fixed (folders and the binary `publish`/`publish.exe`
        0755, every other file 0644); owner and group 0, no names; every time MTIME (seconds
        since 1970, from SOURCE_DATE_EPOCH or the commit); gzip with no name and no time.
    python3 scripts/pack.py check-binary PATH TARGET
        exits 2, saying why, unless PATH is an executable for TARGET (ELF for Linux, Mach-O for
        macOS, PE for Windows, of the target's processor).
"""
import gzip
import io
import os
import sys
import tarfile
import time
import zipfile

BINARIES = ("publish", "publish.exe")


def entries(stage, name):
    """(archive path, file path or None for a folder) in a stable order."""
    out = []

    def walk(rel):
        full = os.path.join(stage, rel)
        names = sorted(os.listdir(full))
        out.append((rel + "/", None))
        for n in names:
            p = os.path.join(full, n)
            r = rel + "/" + n
            if os.path.isdir(p) and not os.path.islink(p):
                walk(r)
            else:
                out.append((r, p))

    walk(name)
    return out


def mode_of(path):
    return 0o755 if path.rsplit("/", 1)[-1] in BINARIES else 0o644


def pack_tar(stage, name, out, mtime):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for rel, path in entries(stage, name):
            info = tarfile.TarInfo(rel.rstrip("/"))
            info.mtime = mtime
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            if path is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                tar.addfile(info)
            else:
                with open(path, "rb") as f:
                    data = f.read()
                info.size = len(data)
                info.mode = mode_of(rel)
                tar.addfile(info, io.BytesIO(data))
    with open(out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=6) as gz:
            gz.write(raw.getvalue())


def pack_zip(stage, name, out, mtime):
    # ZIP keeps local time to two seconds, from 1980.
    stamp = time.gmtime(max(mtime, 315532800))[:6]
    with zipfile.ZipFile(out, "w") as z:
        for rel, path in entries(stage, name):
            info = zipfile.ZipInfo(rel, date_time=stamp)
            info.create_system = 3
            if path is None:
                info.external_attr = (0o40755 << 16) | 0x10
                z.writestr(info, b"")
            else:
                info.external_attr = (0o100000 | mode_of(rel)) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(path, "rb") as f:
                    z.writestr(info, f.read(), compresslevel=6)


def binary_kind(path):
    """(format, processor) of an executable, read from its header."""
    with open(path, "rb") as f:
        head = f.read(4096)
    if head[:4] == b"\x7fELF":
        machine = int.from_bytes(head[18:20], "little")
        return "ELF", {0x3E: "x86_64", 0xB7: "aarch64"}.get(machine, f"machine {machine:#x}")
    if head[:4] in (b"\xcf\xfa\xed\xfe",):
        cpu = int.from_bytes(head[4:8], "little")
        return "Mach-O", {0x01000007: "x86_64", 0x0100000C: "aarch64"}.get(cpu, f"cpu {cpu:#x}")
    if head[:2] == b"MZ" and len(head) >= 0x40:
        at = int.from_bytes(head[0x3C:0x40], "little")
        if head[at:at + 4] == b"PE\0\0":
            machine = int.from_bytes(head[at + 4:at + 6], "little")
            return "PE", {0x8664: "x86_64", 0xAA64: "aarch64"}.get(machine, f"machine {machine:#x}")
    return "unknown", "unknown"


def check_binary(path, target):
    arch = target.split("-", 1)[0]
    want = "PE" if "windows" in target else "Mach-O" if "apple" in target else "ELF"
    kind, cpu = binary_kind(path)
    if (kind, cpu) != (want, arch):
        sys.stderr.write(
            f"error: '{path}' is {'an' if kind[0] in 'AEIOU' else 'a'} {kind} executable for {cpu}, "
            f"not what --target {target} needs ({want} for {arch}): pass the binary built for that target\n"
        )
        sys.exit(2)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "check-binary":
        check_binary(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 7 and sys.argv[1] == "pack":
        _, _, stage, name, fmt, out, mtime = sys.argv
        if fmt == "tar.gz":
            pack_tar(stage, name, out, int(mtime))
        elif fmt == "zip":
            pack_zip(stage, name, out, int(mtime))
        else:
            sys.exit(f"error: unknown format {fmt}")
    else:
        sys.stderr.write(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
