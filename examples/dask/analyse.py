#!/usr/bin/env python3
"""Analyse a JSON Lines corpus on a Dask cluster, each partition through `docanalysis run -`.

    python3 examples/dask/analyse.py IN.jsonl OUT.jsonl [--workers 2] [--partitions 8]
                                     [--scheduler ADDRESS] [--docanalysis COMMAND] [-- OPTIONS...]

IN.jsonl holds {"id", "text", "metadata"} records. The driver reads only where the partitions start (byte offsets
at line boundaries, one pass); each task reads its own byte range of IN.jsonl, pipes it through
`COMMAND run - --format jsonl --stdin-name IN.jsonl --stdin-first-line LINE`, and returns the result records, which
the driver writes to OUT.jsonl in input order. The records equal those of `COMMAND run IN.jsonl --format jsonl`
byte for byte (the sources name IN.jsonl and the line in the whole file). Without --scheduler a local cluster of
--workers processes is started; with it, the scheduler at ADDRESS is used (IN.jsonl must then be readable at the
same path on every worker). Options after `--` go to `docanalysis run` (`--reference-date 2019-03-06`).
The exit code is the largest of the partitions' (0 all analysed, 1 some documents had problems, 2 bad usage).
"""
import argparse
import os
import shlex
import subprocess
import sys

from dask.distributed import Client, LocalCluster


def boundaries(path, partitions):
    """Byte offsets and first line numbers of up to `partitions` contiguous runs of lines of about equal size."""
    size = os.path.getsize(path)
    starts = [(0, 1)]
    with open(path, 'rb') as f:
        line = 1
        offset = 0
        target = 1
        for raw in f:
            offset += len(raw)
            line += 1
            if target < partitions and offset >= size * target / partitions and offset < size:
                starts.append((offset, line))
                target += 1
    return [(start, line, end) for (start, line), (end, _) in zip(starts, starts[1:] + [(size, None)])]


def analyse(path, name, start, first_line, end, command, options):
    """One partition: bytes [start, end) of the corpus through the filter; its records and its exit code."""
    with open(path, 'rb') as f:
        f.seek(start)
        records = f.read(end - start)
    run = subprocess.run(
        command + ['run', '-', '--format', 'jsonl', '--stdin-name', name, '--stdin-first-line', str(first_line)] + options,
        input=records, capture_output=True, check=False)
    if run.returncode not in (0, 1):
        raise RuntimeError(f'docanalysis failed on lines from {first_line} (exit {run.returncode}): {run.stderr.decode(errors="replace")}')
    return run.stdout, run.returncode


def main():
    arguments = sys.argv[1:]
    options = []
    if '--' in arguments:
        at = arguments.index('--')
        arguments, options = arguments[:at], arguments[at + 1:]
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('input')
    parser.add_argument('output')
    parser.add_argument('--workers', type=int, default=2)
    parser.add_argument('--partitions', type=int, default=8)
    parser.add_argument('--scheduler', help='address of a running Dask scheduler (default: start a local cluster)')
    parser.add_argument('--docanalysis', default='docanalysis', help='the command that runs docanalysis (default: docanalysis)')
    args = parser.parse_args(arguments)
    if args.partitions < 1 or args.workers < 1:
        parser.error('--partitions and --workers are 1 or more')

    path = os.path.abspath(args.input)
    parts = boundaries(path, args.partitions) if os.path.getsize(path) > 0 else []
    command = shlex.split(args.docanalysis)
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    worst = 0
    with Client(args.scheduler or cluster) as client:
        futures = [client.submit(analyse, path, args.input, start, line, end, command, options, pure=False) for start, line, end in parts]
        with open(args.output, 'wb') as out:
            for future in futures:  # in input order; each written as soon as it and those before it are done
                records, code = future.result()
                out.write(records)
                worst = max(worst, code)
    if cluster is not None:
        cluster.close()
    return worst


if __name__ == '__main__':
    sys.exit(main())
