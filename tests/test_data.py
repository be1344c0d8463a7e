"""Tests for digitdesk.data: the bundled MNIST files and the file readers."""

import gzip
import hashlib
import struct

import numpy as np
import pytest

from digitdesk.data import (
    MNIST_TRAIN_DIGIT_COUNTS,
    MNIST_TRAIN_ROWS,
    DataFormatError,
    bundled_data_dir,
    load_mnist,
    read_idx,
    read_idx_pair,
    read_kaggle_csv,
    select_digits,
    split_validation,
    to_float,
)

# SHA-256 of the raw uint8 bytes (C order) of the original MNIST arrays.
MNIST_SHA256 = {
    "x_train": "741c988805d008ac6e4c904b69001ba184c24b2c540a4ef403f4c71b676cf757",
    "y_train": "1feba77c54802fa5339a11837ea4b2866434b83314ec45192930f1df69120c13",
    "x_test": "6d87418db22cc8025d05968bec9bd5c3932904b23485740db143a061a2c9d161",
    "y_test": "ddeff807876a9661a1110d45c266c86239a3a1b7d37da0c3716a7a683c852ff5",
}


# ---------------------------------------------------------------- helpers

def idx_bytes(array, magic=None, extra=b"", cut=0):
    """Encode a uint8 array as IDX bytes; optionally break it on purpose."""
    array = np.asarray(array, dtype=np.uint8)
    if magic is None:
        magic = 0x0800 + array.ndim
    header = struct.pack(">I", magic) + struct.pack(f">{array.ndim}I", *array.shape)
    raw = header + array.tobytes() + extra
    return raw[:len(raw) - cut]


def write_idx(path, array, gz=True, **broken):
    raw = idx_bytes(array, **broken)
    path.write_bytes(gzip.compress(raw, mtime=0) if gz else raw)
    return path


def small_set(n=6):
    """n deterministic 28x28 images and labels 0..n-1 (mod 10)."""
    images = (np.arange(n * 784) % 256).astype(np.uint8).reshape(n, 28, 28)
    labels = (np.arange(n) % 10).astype(np.uint8)
    return images, labels


def write_csv(path, rows, labels=True):
    """Write a Kaggle-style CSV; rows are lists of values or raw strings."""
    header = (["label"] if labels else []) + [f"pixel{i}" for i in range(784)]
    lines = [",".join(header)]
    for row in rows:
        lines.append(row if isinstance(row, str) else ",".join(str(v) for v in row))
    path.write_text("\n".join(lines) + "\n")
    return path


def good_row(label=3, value=0):
    return [label] + [value] * 784


# ---------------------------------------------------------- bundled MNIST

def sha256(array):
    return hashlib.sha256(np.ascontiguousarray(array).tobytes()).hexdigest()


def test_load_mnist_shapes_dtypes_and_hashes():
    x_train, y_train, x_test, y_test = load_mnist()
    assert x_train.shape == (60000, 28, 28) and x_train.dtype == np.uint8
    assert len(x_train) == MNIST_TRAIN_ROWS  # what the app counts on before loading
    assert tuple(np.bincount(y_train, minlength=10)) == MNIST_TRAIN_DIGIT_COUNTS  # ... and per digit
    assert y_train.shape == (60000,) and y_train.dtype == np.uint8
    assert x_test.shape == (10000, 28, 28) and x_test.dtype == np.uint8
    assert y_test.shape == (10000,) and y_test.dtype == np.uint8
    got = dict(zip(["x_train", "y_train", "x_test", "y_test"],
                   map(sha256, (x_train, y_train, x_test, y_test))))
    assert got == MNIST_SHA256


def test_load_mnist_is_cached_and_read_only():
    first = load_mnist()
    assert load_mnist() is first
    for array in first:
        assert not array.flags.writeable
        with pytest.raises(ValueError):
            array[0] = 1


def test_load_mnist_missing_folder_says_where_it_looked(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(DataFormatError) as err:
        load_mnist(missing)
    message = str(err.value)
    assert "train-images-idx3-ubyte.gz" in message
    assert "data folder is missing" in message
    assert str(missing) in message


def test_load_mnist_from_another_folder(tmp_path):
    images, labels = small_set(5)
    write_idx(tmp_path / "train-images-idx3-ubyte.gz", images)
    write_idx(tmp_path / "train-labels-idx1-ubyte.gz", labels)
    write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", images[:2])
    write_idx(tmp_path / "t10k-labels-idx1-ubyte.gz", labels[:2])
    x_train, y_train, x_test, y_test = load_mnist(tmp_path)
    np.testing.assert_array_equal(x_train, images)
    np.testing.assert_array_equal(y_test, labels[:2])


def test_bundled_data_dir_holds_the_files():
    folder = bundled_data_dir()
    assert (folder / "train-images-idx3-ubyte.gz").is_file()
    assert (folder / "t10k-labels-idx1-ubyte.gz").is_file()


# -------------------------------------------------------------- read_idx

@pytest.mark.parametrize("gz", [True, False])
def test_read_idx_round_trip(tmp_path, gz):
    images, labels = small_set()
    name = "imgs.idx3-ubyte" + (".gz" if gz else "")
    got = read_idx(write_idx(tmp_path / name, images, gz=gz))
    assert got.dtype == np.uint8 and got.shape == (6, 28, 28)
    np.testing.assert_array_equal(got, images)
    got[0, 0, 0] = 7   # a normal, writable array
    np.testing.assert_array_equal(read_idx(write_idx(tmp_path / "l", labels, gz=gz)), labels)


def test_read_idx_detects_gzip_by_content(tmp_path):
    images, _ = small_set(2)
    path = write_idx(tmp_path / "images.bin", images, gz=True)   # no .gz suffix
    np.testing.assert_array_equal(read_idx(path), images)


def test_read_idx_missing_file(tmp_path):
    with pytest.raises(DataFormatError, match=r"^absent\.idx: no such file"):
        read_idx(tmp_path / "absent.idx")


def test_read_idx_bad_magic(tmp_path):
    path = write_idx(tmp_path / "train-images.idx3-ubyte", np.zeros((2, 28, 28)),
                     gz=False, magic=0)
    with pytest.raises(DataFormatError) as err:
        read_idx(path)
    assert str(err.value).startswith(
        "train-images.idx3-ubyte: bad magic number 0x00000000 (expected 0x00000801")


def test_read_idx_unsupported_type_is_named(tmp_path):
    path = write_idx(tmp_path / "f.idx", np.zeros(4), magic=0x0D01)   # float32
    with pytest.raises(DataFormatError, match=r"bad magic number 0x00000D01.*float32"):
        read_idx(path)


def test_read_idx_truncated(tmp_path):
    # A full MNIST-sized header with only 1000 bytes of pixels behind it.
    header = struct.pack(">IIII", 0x0803, 60000, 28, 28)
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(gzip.compress(header + bytes(1000)))
    with pytest.raises(DataFormatError) as err:
        read_idx(path)
    assert str(err.value) == ("train-images-idx3-ubyte.gz: truncated: expected "
                              "47040000 bytes of pixel data, found 1000")


def test_read_idx_truncated_header(tmp_path):
    path = tmp_path / "short.idx"
    path.write_bytes(struct.pack(">II", 0x0803, 60000))   # 2 of 3 dimensions
    with pytest.raises(DataFormatError, match=r"short\.idx: truncated: the header"):
        read_idx(path)


def test_read_idx_trailing_bytes(tmp_path):
    path = write_idx(tmp_path / "labels.idx", np.arange(5), extra=b"xyz")
    with pytest.raises(DataFormatError,
                       match=r"labels\.idx: 3 unexpected extra bytes after the 5 bytes"):
        read_idx(path)


def test_read_idx_corrupt_gzip(tmp_path):
    good = gzip.compress(idx_bytes(small_set(3)[0]))
    path = tmp_path / "damaged.gz"
    path.write_bytes(good[:len(good) // 2])   # cut off half way
    with pytest.raises(DataFormatError, match=r"^damaged\.gz: not a valid gzip file"):
        read_idx(path)

    path.write_bytes(idx_bytes(np.arange(3)))   # named .gz but not compressed
    with pytest.raises(DataFormatError, match=r"^damaged\.gz: not a valid gzip file"):
        read_idx(path)


# --------------------------------------------------------- read_idx_pair

def test_read_idx_pair_ok(tmp_path):
    images, labels = small_set()
    x, y = read_idx_pair(write_idx(tmp_path / "i.gz", images),
                         write_idx(tmp_path / "l.gz", labels))
    np.testing.assert_array_equal(x, images)
    np.testing.assert_array_equal(y, labels)


def test_read_idx_pair_wrong_image_dims(tmp_path):
    images = write_idx(tmp_path / "i.gz", np.zeros((4, 32, 32)))
    labels = write_idx(tmp_path / "l.gz", np.zeros(4))
    with pytest.raises(DataFormatError, match=r"^i\.gz: .*found dimensions 4 x 32 x 32"):
        read_idx_pair(images, labels)


def test_read_idx_pair_labels_not_1d(tmp_path):
    images = write_idx(tmp_path / "i.gz", np.zeros((4, 28, 28)))
    labels = write_idx(tmp_path / "l.gz", np.zeros((4, 2)))
    with pytest.raises(DataFormatError, match=r"^l\.gz: .*found dimensions 4 x 2"):
        read_idx_pair(images, labels)


def test_read_idx_pair_count_mismatch(tmp_path):
    images = write_idx(tmp_path / "imgs.gz", np.zeros((4, 28, 28)))
    labels = write_idx(tmp_path / "labs.gz", np.zeros(3))
    with pytest.raises(DataFormatError) as err:
        read_idx_pair(images, labels)
    assert str(err.value) == "imgs.gz: 4 images but labs.gz has 3 labels"


def test_read_idx_pair_label_out_of_range(tmp_path):
    images = write_idx(tmp_path / "i.gz", np.zeros((8, 28, 28)))
    labels = write_idx(tmp_path / "l.gz", [0, 1, 2, 3, 4, 12, 5, 13])
    with pytest.raises(DataFormatError) as err:
        read_idx_pair(images, labels)
    assert str(err.value) == "l.gz: label 12 out of range 0-9 at index 5"


# ------------------------------------------------------- read_kaggle_csv

def test_csv_train_format(tmp_path):
    images, labels = small_set(5)
    rows = [[int(l)] + list(img.ravel()) for img, l in zip(images, labels)]
    calls = []
    x, y = read_kaggle_csv(write_csv(tmp_path / "train.csv", rows), progress=calls.append)
    assert x.dtype == np.uint8 and x.shape == (5, 28, 28)
    assert y.dtype == np.uint8 and y.shape == (5,)
    np.testing.assert_array_equal(x, images)
    np.testing.assert_array_equal(y, labels)
    assert calls and calls[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in calls)


def test_csv_without_labels(tmp_path):
    images, _ = small_set(3)
    rows = [list(img.ravel()) for img in images]
    x, y = read_kaggle_csv(write_csv(tmp_path / "test.csv", rows, labels=False))
    assert y is None
    np.testing.assert_array_equal(x, images)


def test_csv_max_rows(tmp_path):
    rows = [good_row(label=i % 10, value=i) for i in range(7)]
    x, y = read_kaggle_csv(write_csv(tmp_path / "train.csv", rows), max_rows=4)
    assert x.shape == (4, 28, 28)
    np.testing.assert_array_equal(y, [0, 1, 2, 3])
    assert x[3, 27, 27] == 3


def test_csv_short_row_reports_line(tmp_path):
    rows = [good_row() for _ in range(20)]
    rows[15] = rows[15][:-2]   # data row 16 is line 17 (line 1 is the header)
    with pytest.raises(DataFormatError) as err:
        read_kaggle_csv(write_csv(tmp_path / "train.csv", rows))
    assert str(err.value) == "train.csv, line 17: values on the line: 783, expected 785"


def test_csv_cut_in_the_middle_of_its_last_line_says_so_and_what_to_do(tmp_path):
    """Question 000's learner trimmed train.csv to about 3,000 rows by hand: a file that
    ends in the middle of its last line said only "values on the line: 217, expected
    785". It says the file was cut short, and what to do; a short line followed by a
    line break (a row written wrong) is reported as before."""
    text = write_csv(tmp_path / "train.csv", [good_row() for _ in range(5)]).read_text()
    cut = tmp_path / "cut.csv"
    cut.write_text(text[:-1401])  # the last row's first 85 values, cut after a digit
    with pytest.raises(DataFormatError) as err:
        read_kaggle_csv(cut)
    assert str(err.value) == (
        "cut.csv, line 6: values on the line: 85, expected 785. The file ends in the "
        "middle of this line: it was cut short. Delete this line, or copy the whole file again")
    cut.write_text(text[:-1401] + "\n")  # the same line, ended: a row written short
    with pytest.raises(DataFormatError) as err:
        read_kaggle_csv(cut)
    assert str(err.value) == "cut.csv, line 6: values on the line: 85, expected 785"


def test_csv_row_of_one_value_reads_right(tmp_path):
    """A line with a single value said "1 values, expected 785"."""
    rows = [good_row() for _ in range(3)]
    rows[1] = rows[1][:1]  # data row 2 is line 3
    with pytest.raises(DataFormatError) as err:
        read_kaggle_csv(write_csv(tmp_path / "train.csv", rows))
    assert str(err.value) == "train.csv, line 3: values on the line: 1, expected 785"


def test_csv_error_in_a_later_chunk_has_the_right_line(tmp_path):
    rows = [good_row() for _ in range(2500)]   # more than one parsing block
    rows[2299] = good_row(value=256)
    with pytest.raises(DataFormatError) as err:
        read_kaggle_csv(write_csv(tmp_path / "train.csv", rows))
    assert str(err.value) == "train.csv, line 2301: pixel value 256 out of range 0-255"


def test_csv_bad_label(tmp_path):
    rows = [good_row() for _ in range(6)]
    rows[3] = good_row(label=12)
    with pytest.raises(DataFormatError) as err:
        read_kaggle_csv(write_csv(tmp_path / "train.csv", rows))
    assert str(err.value) == "train.csv, line 5: label 12 out of range 0-9"


def test_csv_pixel_out_of_range(tmp_path):
    rows = [good_row() for _ in range(10)]
    rows[7][100] = 300
    with pytest.raises(DataFormatError) as err:
        read_kaggle_csv(write_csv(tmp_path / "train.csv", rows))
    assert str(err.value) == "train.csv, line 9: pixel value 300 out of range 0-255"


def test_csv_not_a_number(tmp_path):
    rows = [good_row() for _ in range(3)]
    rows[1][10] = "abc"
    with pytest.raises(DataFormatError) as err:
        read_kaggle_csv(write_csv(tmp_path / "train.csv", rows))
    assert str(err.value) == "train.csv, line 3: 'abc' is not a number"


def test_csv_blank_line_in_the_middle(tmp_path):
    rows = [good_row(), "", good_row()]
    with pytest.raises(DataFormatError, match=r"^train\.csv, line 3: empty line$"):
        read_kaggle_csv(write_csv(tmp_path / "train.csv", rows))


def test_csv_empty_file(tmp_path):
    path = tmp_path / "train.csv"
    path.write_text("")
    with pytest.raises(DataFormatError, match=r"^train\.csv: file is empty$"):
        read_kaggle_csv(path)


def test_csv_missing_header(tmp_path):
    path = tmp_path / "train.csv"
    path.write_text(",".join(map(str, good_row())) + "\n")
    with pytest.raises(DataFormatError, match=r"^train\.csv: missing header row"):
        read_kaggle_csv(path)


def test_csv_unrecognised_header(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(DataFormatError,
                       match=r"^other\.csv, line 1: columns in the header: 3, the first 'a'"):
        read_kaggle_csv(path)


def test_csv_header_of_one_column_reads_right(tmp_path):
    """A header of one name said "header has 1 columns"."""
    path = tmp_path / "notes.csv"
    path.write_text("notes\n1\n")
    with pytest.raises(DataFormatError) as caught:
        read_kaggle_csv(path)
    assert str(caught.value).startswith("notes.csv, line 1: columns in the header: 1, the "
                                        "first 'notes'; expected 'label,pixel0,...,pixel783'")
    assert "1 columns" not in str(caught.value)


@pytest.mark.parametrize("separator", [";", "\t"])
def test_csv_with_another_separator_says_so_and_does_not_quote_the_whole_line(tmp_path, separator):
    """A train.csv saved with semicolons (a spreadsheet in a comma-decimal language) was
    refused with all 785 column names, 8,000 characters, quoted as the first one's."""
    path = tmp_path / "train.csv"
    header = separator.join(["label"] + [f"pixel{i}" for i in range(784)])
    path.write_text(header + "\n" + separator.join(map(str, good_row())) + "\n")
    with pytest.raises(DataFormatError) as caught:
        read_kaggle_csv(path)
    assert str(caught.value) == (
        f"train.csv, line 1: the columns are separated by {separator!r}, not by commas; "
        "expected 'label,pixel0,...,pixel783' (save the file as comma-separated values)")


def test_csv_header_quotes_at_most_30_characters_of_its_first_name(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("x" * 500 + ",b\n1,2\n")
    with pytest.raises(DataFormatError) as caught:
        read_kaggle_csv(path)
    assert f"the first '{'x' * 30}…';" in str(caught.value) and "x" * 31 not in str(caught.value)


def test_csv_missing_file(tmp_path):
    with pytest.raises(DataFormatError, match=r"^train\.csv: no such file"):
        read_kaggle_csv(tmp_path / "train.csv")


# ----------------------------------------------------- split_validation

def test_split_validation_seeded_and_disjoint():
    x = np.arange(100).reshape(100, 1) * 10   # row i holds 10*i
    y = np.arange(100)
    x_tr, y_tr, x_val, y_val = split_validation(x, y, 20, seed=1)
    assert len(x_tr) == len(y_tr) == 80 and len(x_val) == len(y_val) == 20
    assert set(y_tr).isdisjoint(y_val)
    assert set(y_tr) | set(y_val) == set(range(100))
    np.testing.assert_array_equal(x_val[:, 0], y_val * 10)   # rows stay paired
    assert y_val.tolist() != list(range(20))                 # really random

    again = split_validation(x, y, 20, seed=1)
    np.testing.assert_array_equal(again[3], y_val)
    other = split_validation(x, y, 20, seed=2)
    assert other[3].tolist() != y_val.tolist()


def test_split_validation_zero_and_bad_sizes():
    x, y = np.zeros((10, 784)), np.zeros(10)
    x_tr, y_tr, x_val, y_val = split_validation(x, y, 0)
    assert len(x_tr) == 10 and x_val.shape == (0, 784) and len(y_val) == 0
    for bad in (10, 11, -1):
        with pytest.raises(ValueError, match="val_size must be from 0 to 9"):
            split_validation(x, y, bad)


# --------------------------------------------------------------- to_float

def test_to_float_from_uint8_images():
    images = np.array([[[0, 255] + [51] * 782]], dtype=np.uint8).reshape(1, 28, 28)
    out = to_float(images)
    assert out.shape == (1, 784) and out.dtype == np.float32
    assert out[0, 0] == 0.0 and out[0, 1] == 1.0
    assert out[0, 2] == pytest.approx(0.2)


def test_to_float_shapes_and_dtype():
    flat = np.full((3, 784), 255, dtype=np.uint8)
    assert to_float(flat).shape == (3, 784)
    single = np.zeros((28, 28), dtype=np.uint8)
    assert to_float(single).shape == (1, 784)
    assert to_float(flat, dtype=np.float64).dtype == np.float64
    with pytest.raises(ValueError, match="expected images of shape"):
        to_float(np.zeros((3, 27, 28), dtype=np.uint8))


def test_to_float_accepts_scaled_floats_and_copies():
    floats = np.linspace(0, 1, 784 * 2).reshape(2, 28, 28)
    out = to_float(floats)
    assert out.dtype == np.float32
    np.testing.assert_allclose(out, floats.reshape(2, 784), rtol=1e-6)
    same_dtype = np.zeros((1, 784), dtype=np.float32)
    assert not np.shares_memory(to_float(same_dtype), same_dtype)


@pytest.mark.parametrize("bad", [255.0, -0.5, np.nan])
def test_to_float_rejects_unscaled_floats(bad):
    images = np.zeros((2, 784))
    images[1, 5] = bad
    with pytest.raises(ValueError, match=r"scaled to \[0, 1\]"):
        to_float(images)


def test_to_float_works_on_read_only_mnist():
    x_train = load_mnist()[0]
    out = to_float(x_train[:10])
    assert out.shape == (10, 784) and out.flags.writeable
    assert 0.0 <= out.min() and out.max() == 1.0


# ---------------------------------------------------------- select_digits

def test_select_digits():
    y = np.array([3, 1, 7, 3, 0, 7, 9], dtype=np.uint8)
    x = np.arange(7 * 2).reshape(7, 2)
    xs, ys = select_digits(x, y, [3, 7])
    np.testing.assert_array_equal(ys, [3, 7, 3, 7])
    np.testing.assert_array_equal(xs[:, 0], [0, 4, 6, 10])   # rows 0, 2, 3, 5
