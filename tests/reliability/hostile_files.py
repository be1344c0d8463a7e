"""Hostile and fuzzed files for the reliability suite: model files (.npz), IDX pairs and
Kaggle CSVs, each made from a good file by one deliberate or random damage.

Sizes scale with the environment variable DIGITDESK_RELIABILITY_SCALE (default 1, fast
enough for every test run; the README's reliability figures come from a large scale).
"""

import gzip
import json
import os
import re
import struct
import zipfile
import zlib

import numpy as np

SCALE = float(os.environ.get("DIGITDESK_RELIABILITY_SCALE", "1"))


def scaled(n):
    """``n`` times the scale, at least 1."""
    return max(1, round(n * SCALE))


# ----------------------------------------------------------------------- model files

def read_npz(path):
    """``(arrays, metadata dict)`` of a good model file."""
    with np.load(path, allow_pickle=False) as archive:
        arrays = {k: archive[k] for k in archive.files}
    return arrays, json.loads(str(arrays.pop("metadata")))


def write_npz(path, arrays, metadata=None, metadata_text=None):
    arrays = dict(arrays)
    if metadata_text is None and metadata is not None:
        metadata_text = json.dumps(metadata)
    if metadata_text is not None:
        arrays["metadata"] = np.array(metadata_text)
    np.savez(path, **arrays)
    return path


def npy_bytes(header_dict, data=b"", version=(1, 0)):
    """An .npy member by hand: magic, a header dict (as text) padded as numpy pads it."""
    header = header_dict if isinstance(header_dict, str) else repr(header_dict)
    header = header.encode("latin1")
    size_format = "<H" if version == (1, 0) else "<I"
    prefix = 10 if version == (1, 0) else 12
    pad = (64 - (prefix + len(header) + 1) % 64) % 64
    header = header + b" " * pad + b"\n"
    return b"\x93NUMPY" + bytes(version) + struct.pack(size_format, len(header)) + header + data


def replace_member(base, target, name, content, compress=zipfile.ZIP_STORED):
    """Copy the zip ``base`` to ``target`` with member ``name`` (".npy" added) replaced by
    ``content`` (bytes), or added if it is not there."""
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(target, "w", compress) as out:
        for info in source.infolist():
            if info.filename != name + ".npy":
                out.writestr(info.filename, source.read(info))
        out.writestr(name + ".npy", content)
    return target


def patch_central_directory(data, offset, value):
    """Set the 2-byte little-endian field at ``offset`` of every central directory entry
    (8: the flags, 10: the compression method)."""
    data = bytearray(data)
    i = data.find(b"PK\x01\x02")
    while i >= 0:
        data[i + offset:i + offset + 2] = struct.pack("<H", value)
        i = data.find(b"PK\x01\x02", i + 4)
    return bytes(data)


def metadata_bomb(path, characters):
    """A model file whose metadata member is ``characters`` NUL characters (4 bytes each),
    deflated: hundreds of megabytes from a few hundred kilobytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        with out.open("metadata.npy", "w", force_zip64=True) as member:
            member.write(npy_bytes({"descr": f"<U{characters}", "fortran_order": False,
                                    "shape": ()}))
            zeros = bytes(1 << 20)
            for _ in range(4 * characters >> 20):
                member.write(zeros)
    return path


def hostile_model_files(base, folder):
    """``{name: path}``: one file for each hostile input of issue 14 (and a few more), all
    made from the good model file ``base``."""
    folder.mkdir(parents=True, exist_ok=True)
    arrays, meta = read_npz(base)
    raw = base.read_bytes()
    files = {}

    def meta_changed(name, change):
        m = json.loads(json.dumps(meta))
        change(m)
        files[name] = write_npz(folder / f"{name}.npz", arrays, m)

    def arrays_changed(name, change):
        a = {k: v.copy() for k, v in arrays.items()}
        change(a)
        files[name] = write_npz(folder / f"{name}.npz", a, meta)

    def raw_file(name, data):
        files[name] = folder / f"{name}.npz"
        files[name].write_bytes(data)

    # 1. zip errors: an "encrypted" flag (RuntimeError), an unknown compression method
    # (NotImplementedError), deflate-compressed members damaged inside.
    raw_file("zip_encrypted", patch_central_directory(raw, 8, 1))
    raw_file("zip_unknown_method", patch_central_directory(raw, 10, 99))
    raw_file("zip_lzma_declared", patch_central_directory(raw, 10, 14))
    compressed = folder / "compressed.npz"
    np.savez_compressed(compressed, **arrays, metadata=np.array(json.dumps(meta)))
    data = bytearray(compressed.read_bytes())
    data[len(data) // 3:len(data) // 3 + 40] = bytes(40)
    raw_file("zip_damaged_deflate", bytes(data))
    raw_file("zip_truncated", raw[:len(raw) * 2 // 3])
    raw_file("zip_no_central_directory", raw[:raw.find(b"PK\x01\x02")])
    # 2. a huge declared array, and one declared larger than its data
    files["huge_declared_w1"] = replace_member(base, folder / "huge_declared_w1.npz", "W1", npy_bytes(
        {"descr": "<f4", "fortran_order": False, "shape": (10**14,)}, bytes(64)))
    files["w1_declared_short"] = replace_member(base, folder / "w1_declared_short.npz", "W1", npy_bytes(
        {"descr": "<f4", "fortran_order": False, "shape": arrays["W1"].shape}, bytes(64)))
    files["w1_object_array"] = replace_member(base, folder / "w1_object_array.npz", "W1", npy_bytes(
        {"descr": "|O", "fortran_order": False, "shape": (3,)}, b"\x80\x04N."))
    files["w1_header_cut"] = replace_member(base, folder / "w1_header_cut.npz", "W1", npy_bytes(
        "{'descr': '<f4', 'fortran_order': False, 'shape': (784,"))
    files["w1_header_not_dict"] = replace_member(base, folder / "w1_header_not_dict.npz", "W1",
                                                 npy_bytes("[1, 2, 3]"))
    files["w1_npy_version_9"] = replace_member(base, folder / "w1_npy_version_9.npz", "W1",
                                               npy_bytes({"descr": "<f4"}, version=(9, 0)))
    files["metadata_declared_huge"] = replace_member(
        base, folder / "metadata_declared_huge.npz", "metadata",
        npy_bytes({"descr": "<U100000000", "fortran_order": False, "shape": ()}))
    # 3. hostile JSON
    files["json_deep_nesting"] = write_npz(folder / "json_deep_nesting.npz", arrays,
                                           metadata_text="[" * 100_000 + "]" * 100_000)
    text = json.dumps(meta)
    files["json_deep_in_info"] = write_npz(folder / "json_deep_in_info.npz", arrays, metadata_text=text.replace(
        '"info": {', '"info": {"deep": ' + "[" * 5000 + "]" * 5000 + ", ", 1))
    files["json_hidden_infinity"] = write_npz(folder / "json_hidden_infinity.npz", arrays,
                                              metadata_text=text.replace('"hidden": [8]', '"hidden": [Infinity]'))
    files["json_hidden_1e999"] = write_npz(folder / "json_hidden_1e999.npz", arrays,
                                           metadata_text=text.replace('"hidden": [8]', '"hidden": [1e999]'))
    files["json_huge_integer"] = write_npz(folder / "json_huge_integer.npz", arrays,
                                           metadata_text=text.replace('"seed": 0', '"seed": ' + "9" * 5000))
    files["json_truncated"] = write_npz(folder / "json_truncated.npz", arrays, metadata_text=text[:len(text) // 2])
    files["json_not_text"] = write_npz(folder / "json_not_text.npz", {**arrays, "metadata": np.arange(3)})
    files["json_array_of_texts"] = write_npz(folder / "json_array_of_texts.npz",
                                             {**arrays, "metadata": np.array([text, text])})
    # 4. metadata the window cannot show
    meta_changed("info_accuracy_text", lambda m: m["info"].update(test_accuracy="x"))
    meta_changed("info_accuracy_500", lambda m: m["info"].update(test_accuracy=5.0))
    meta_changed("info_fine_tuned_list", lambda m: m["info"].update(fine_tuned=[1, 2]))
    meta_changed("info_not_dict", lambda m: m.update(info=[1, 2]))
    meta_changed("config_bias_nan", lambda m: m["config"].update(bias=float("nan")))
    meta_changed("config_seed_float", lambda m: m["config"].update(seed=1.5))
    meta_changed("config_epochs_text", lambda m: m["config"].update(epochs="5"))
    meta_changed("config_hidden_nested", lambda m: m["config"].update(hidden=[[8]]))
    meta_changed("config_digits_nested", lambda m: m["config"].update(digits=[[3], 7]))
    meta_changed("config_not_dict", lambda m: m.update(config="relu"))
    meta_changed("config_huge_network", lambda m: m["config"].update(hidden=[100_000, 100_000]))
    meta_changed("config_huge_conv_outputs", lambda m: m["config"].update(layers=["conv2000000x1", "pool28"], hidden=[]))
    meta_changed("history_strings", lambda m: m["history"].update(batch_loss=["a"] * len(m["history"]["batch_loss"])))
    meta_changed("history_lengths_differ", lambda m: m["history"]["batch_loss"].pop())
    meta_changed("history_not_dict", lambda m: m.update(history="long"))
    meta_changed("saved_not_text", lambda m: m.update(saved=[2026]))
    meta_changed("version_true", lambda m: m.update(format_version=True))
    # NaN or infinite weights, and weights that load but predict NaN (issue 14, 11)
    arrays_changed("bias_nan", lambda a: a["b1"].__setitem__(0, np.nan))
    arrays_changed("weights_3e38", lambda a: a.update(W1=np.full_like(a["W1"], 3e38)))
    arrays_changed("weights_1e30", lambda a: a.update(W1=np.full_like(a["W1"], 1e30),
                                                      W2=np.full_like(a["W2"], 1e30)))
    arrays_changed("weights_integers", lambda a: a.update(W1=a["W1"].astype(np.int32)))
    arrays_changed("weights_extra_array", lambda a: a.update(W9=np.zeros(3)))
    # 5. decompression bombs: 300 MB of metadata from a few hundred kilobytes, and the
    # weights of a plausible 784-30000-10 network (188 MB) from a few bytes of deflate
    files["metadata_bomb"] = metadata_bomb(folder / "metadata_bomb.npz", 75_000_000)
    wide = json.loads(json.dumps(meta))
    wide["config"]["hidden"] = [30000]
    write_npz(folder / "wide.npz", {"b1": np.zeros(30000), "W2": np.zeros((30000, 10)),
                                    "b2": np.zeros(10)}, wide)
    files["weights_bomb"] = replace_member(folder / "wide.npz", folder / "weights_bomb.npz", "W1", npy_bytes(
        {"descr": "<f8", "fortran_order": False, "shape": (784, 30000)}, bytes(4096)),
        compress=zipfile.ZIP_DEFLATED)
    return files


def _random_json_value(rng):
    choices = [lambda: None, lambda: True, lambda: int(rng.integers(-10**6, 10**6)),
               lambda: float(rng.normal() * 10.0 ** rng.integers(-5, 40)), lambda: "x" * int(rng.integers(0, 20)),
               lambda: [1, "a"], lambda: {"k": [1]}, lambda: [], lambda: {}, lambda: float("nan"),
               lambda: -1, lambda: 0, lambda: 10**30]
    return choices[int(rng.integers(len(choices)))]()


def _json_paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _json_paths(item, path + (key,))
    elif isinstance(value, list) and value:
        index = len(value) - 1
        yield from _json_paths(value[index], path + (index,))


def fuzzed_model_files(base, folder, count, seed=0):
    """``count`` model files, each ``base`` with random damage: bytes flipped or cut in the
    zip (anywhere, or in its headers), or one metadata value replaced by a random one."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    raw = base.read_bytes()
    arrays, meta = read_npz(base)
    paths = list(_json_paths(meta))
    headers = [m.start() for m in re.finditer(b"PK\x01\x02|PK\x03\x04|\x93NUMPY", raw)]
    files = []
    for i in range(count):
        kind = i % 4
        target = folder / f"fuzz{i:05d}.npz"
        if kind == 0:  # random bytes anywhere
            data = bytearray(raw)
            for _ in range(int(rng.integers(1, 8))):
                data[int(rng.integers(len(data)))] = int(rng.integers(256))
            target.write_bytes(bytes(data))
        elif kind == 1:  # bytes of a zip or npy header
            data = bytearray(raw)
            start = headers[int(rng.integers(len(headers)))]
            for _ in range(int(rng.integers(1, 4))):
                data[start + int(rng.integers(0, 80))] = int(rng.integers(256))
            target.write_bytes(bytes(data))
        elif kind == 2:  # cut short, or bytes inserted
            at = int(rng.integers(len(raw)))
            data = raw[:at] if rng.random() < 0.5 else raw[:at] + rng.bytes(int(rng.integers(1, 50))) + raw[at:]
            target.write_bytes(data)
        else:  # one metadata value replaced
            m = json.loads(json.dumps(meta))
            path = paths[int(rng.integers(1, len(paths)))]
            holder = m
            for key in path[:-1]:
                holder = holder[key]
            holder[path[-1]] = _random_json_value(rng)
            write_npz(target, arrays, m)
        files.append(target)
    return files


# ----------------------------------------------------------------------- IDX and CSV

def idx_bytes(array):
    array = np.asarray(array, dtype=np.uint8)
    return (bytes([0, 0, 8, array.ndim]) + b"".join(int(n).to_bytes(4, "big") for n in array.shape)
            + array.tobytes())


def good_idx_pair(folder, n=20, gz=True):
    rng = np.random.default_rng(3)
    images = rng.integers(0, 256, (n, 28, 28), dtype=np.uint8)
    labels = (np.arange(n) % 10).astype(np.uint8)
    suffix = ".gz" if gz else ""
    pack = (lambda b: gzip.compress(b, mtime=0)) if gz else (lambda b: b)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"images{suffix}").write_bytes(pack(idx_bytes(images)))
    (folder / f"labels{suffix}").write_bytes(pack(idx_bytes(labels)))
    return folder / f"images{suffix}", folder / f"labels{suffix}"


def idx_gzip_bomb(path, images):
    """A .gz IDX image file declaring ``images`` 28x28 images, all zeros, written as many
    small gzip members (a valid gzip file): 784 bytes of data per image from ~1 KB per MB."""
    header = bytes([0, 0, 8, 3]) + b"".join(int(n).to_bytes(4, "big") for n in (images, 28, 28))
    megabyte = gzip.compress(bytes(1 << 20), mtime=0)
    total = images * 784
    with open(path, "wb") as f:
        f.write(gzip.compress(header, mtime=0))
        for _ in range(total >> 20):
            f.write(megabyte)
        f.write(gzip.compress(bytes(total % (1 << 20)), mtime=0))
    return path


def hostile_idx_pairs(folder):
    """``{name: (images path, labels path)}`` for the IDX hostile inputs of issue 14."""
    folder.mkdir(parents=True, exist_ok=True)
    images, labels = good_idx_pair(folder / "good")
    pairs = {}

    def write(name, content, gz=True):
        path = folder / (name + (".gz" if gz else ""))
        path.write_bytes(gzip.compress(content, mtime=0) if gz else content)
        return path

    empty = np.zeros((0, 28, 28), np.uint8)
    pairs["zero_images"] = (write("zero_images", idx_bytes(empty)), write("zero_labels", idx_bytes(np.zeros(0))))
    pairs["gzip_bomb"] = (idx_gzip_bomb(folder / "bomb-images.gz", 700_000), labels)
    pairs["declared_4g"] = (write("declared_4g", bytes([0, 0, 8, 3]) + b"\xff\xff\xff\xff" + bytes([0, 0, 0, 28]) * 2), labels)
    pairs["declared_huge_raw"] = (write("declared_huge_raw", bytes([0, 0, 8, 3]) + (10**6).to_bytes(4, "big")
                                        + bytes([0, 0, 0, 28]) * 2 + bytes(100), gz=False), labels)
    pairs["gzip_damaged"] = (write("gzip_damaged", gzip.compress(idx_bytes(np.zeros((5, 28, 28))))[:60], gz=False), labels)
    pairs["labels_out_of_range"] = (images, write("labels_bad", idx_bytes(np.full(20, 200))))
    pairs["count_mismatch"] = (images, write("labels_short", idx_bytes(np.zeros(19))))
    pairs["images_32px"] = (write("images_32", idx_bytes(np.zeros((20, 32, 32)))), labels)
    pairs["float_idx"] = (write("float_idx", bytes([0, 0, 0x0D, 3]) + bytes(12)), labels)
    pairs["zlib_not_gzip"] = (write("zlib.gz", zlib.compress(idx_bytes(np.zeros((2, 28, 28)))), gz=False), labels)
    return pairs


def fuzzed_idx_pairs(folder, count, seed=0):
    """``count`` IDX pairs, one file of each damaged: bytes changed, cut or added, in the
    gzip data or the decompressed IDX."""
    rng = np.random.default_rng(seed)
    gz_images, gz_labels = good_idx_pair(folder / "good-gz")
    raw_images, raw_labels = good_idx_pair(folder / "good-raw", gz=False)
    pairs = []
    for i in range(count):
        images, labels = (gz_images, gz_labels) if i % 2 else (raw_images, raw_labels)
        victim = images if rng.random() < 0.6 else labels
        data = bytearray(victim.read_bytes())
        how = rng.integers(3)
        if how == 0:
            for _ in range(int(rng.integers(1, 6))):
                at = int(rng.integers(min(len(data), 40))) if rng.random() < 0.6 else int(rng.integers(len(data)))
                data[at] = int(rng.integers(256))
        elif how == 1:
            data = data[:int(rng.integers(len(data)))]
        else:
            at = int(rng.integers(len(data)))
            data = data[:at] + rng.bytes(int(rng.integers(1, 30))) + data[at:]
        target = folder / f"fuzz{i:05d}-{victim.name}"
        target.write_bytes(bytes(data))
        pairs.append((target, labels) if victim == images else (images, target))
    return pairs


def good_csv_lines(rows=6):
    rng = np.random.default_rng(4)
    header = "label," + ",".join(f"pixel{i}" for i in range(784))
    lines = [header]
    for r in range(rows):
        lines.append(",".join([str(r % 10)] + [str(v) for v in rng.integers(0, 256, 784)]))
    return lines


def hostile_csvs(folder):
    folder.mkdir(parents=True, exist_ok=True)
    lines = good_csv_lines()
    cases = {
        "header_only": "\n".join(lines[:1]) + "\n",
        "empty": "",
        "binary": "\x00\x01\x02" * 100,
        "negative_pixel": "\n".join(lines[:2] + [lines[2].split(",", 2)[0] + ",-1," + lines[2].split(",", 2)[2]]),
        "label_12": "\n".join(lines[:2] + ["12" + lines[2][1:]]),
        "nan_pixel": "\n".join(lines[:2] + [lines[2][:-3] + "nan"]),
        "huge_number": "\n".join(lines[:2] + [lines[2][:-3] + "9" * 5000]),
        "short_row": "\n".join(lines[:2] + [lines[2][:len(lines[2]) // 2]]),
        "no_header": "\n".join(lines[1:]),
        "no_labels": "\n".join([lines[0].split(",", 1)[1]] + [l.split(",", 1)[1] for l in lines[1:]]),
    }
    paths = {}
    for name, text in cases.items():
        paths[name] = folder / f"{name}.csv"
        paths[name].write_text(text, encoding="latin1" if name == "binary" else "utf-8")
    return paths


def fuzzed_csvs(folder, count, seed=0):
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    tokens = ["", "-1", "256", "1.5", "nan", "inf", "0x10", " 7", "é", '"3"', "1e3", "9" * 30, ",", "\t"]
    files = []
    for i in range(count):
        lines = good_csv_lines(int(rng.integers(1, 5)))
        how = rng.integers(4)
        if how == 0:  # one value replaced
            r = int(rng.integers(len(lines)))
            fields = lines[r].split(",")
            fields[int(rng.integers(len(fields)))] = tokens[int(rng.integers(len(tokens)))]
            lines[r] = ",".join(fields)
            data = "\n".join(lines).encode()
        elif how == 1:  # cut
            text = "\n".join(lines).encode()
            data = text[:int(rng.integers(len(text)))]
        elif how == 2:  # random bytes
            data = bytearray("\n".join(lines).encode())
            for _ in range(int(rng.integers(1, 10))):
                data[int(rng.integers(len(data)))] = int(rng.integers(256))
            data = bytes(data)
        else:  # a line dropped or doubled
            r = int(rng.integers(len(lines)))
            lines = lines[:r] + lines[r + 1:] if rng.random() < 0.5 else lines[:r] + [lines[r]] + lines[r:]
            data = "\n".join(lines).encode()
        files.append(folder / f"fuzz{i:05d}.csv")
        files[-1].write_bytes(data)
    return files
