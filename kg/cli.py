"""The `kg` command line: thin click wrappers, one library call each.

Errors a user can cause (:class:`kg.errors.KgError`, click usage errors, unreadable
files) are printed as ONE line ``Error: …`` on stderr; exit code 1, or 2 for usage
errors. No tracebacks.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError

DEFAULT_GRAPH = "output/kg.trig"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _fail(message: str, code: int) -> None:
    click.echo(f"Error: {_one_line(message)}", err=True)
    sys.exit(code)


class Interrupted(Exception):
    """Ctrl-C, carried past click (which would turn it into Abort after printing a blank line)."""


class KgGroup(click.Group):
    """A click group that turns every user error into one stderr line."""

    def invoke(self, ctx: click.Context):  # noqa: D102
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise Interrupted() from None

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):  # noqa: D102
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            cmd = exc.ctx.command_path if exc.ctx else "kg"
            _fail(f"{exc.format_message()} (see '{cmd} --help')", 2)
        except click.ClickException as exc:
            _fail(exc.format_message(), exc.exit_code)
        except KgError as exc:
            _fail(str(exc), 1)
        except click.Abort:
            _fail("aborted", 1)
        except (KeyboardInterrupt, Interrupted):
            _fail("interrupted", 130)
        except OSError as exc:
            _fail(f"{exc.strerror or exc}{': ' + str(exc.filename) if exc.filename else ''}", 1)
        sys.exit(rv if isinstance(rv, int) else 0)


def graph_option(command):
    """``--graph FILE|STORE`` and its shorthand ``--store DIR`` (= ``--graph oxigraph:DIR``)."""
    @functools.wraps(command)
    def run(*args, store_dir: Path | None = None, **kwargs):
        if store_dir is not None:
            if kwargs.get("graph", DEFAULT_GRAPH) != DEFAULT_GRAPH:
                raise click.UsageError("give --graph or --store, not both")
            if not (store_dir.is_dir() and any(store_dir.iterdir())):
                raise KgError(f"no store at {store_dir} (build one with `kg build ... --store {store_dir}`)")
            kwargs["graph"] = f"oxigraph:{store_dir}"
        return command(*args, **kwargs)
    run = click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                       metavar="DIR", help="Read the on-disk Oxigraph store DIR (made by `kg build --store DIR`).")(run)
    return click.option(
        "--graph", "-g", "graph", default=DEFAULT_GRAPH, show_default=True, metavar="FILE|STORE",
        help="Graph to read: a .trig/.ttl/.nt/.nq file, oxigraph:DIR or an http(s):// SPARQL endpoint.")(run)


def _store(spec: str):
    from kg.store import open_store
    if "://" not in spec and not spec.startswith("oxigraph:") and not Path(spec).exists():
        hint = " (run `kg build` first, or pass --graph)" if spec == DEFAULT_GRAPH else ""
        raise KgError(f"no graph at {spec}{hint}")
    return open_store(spec)


def _width() -> int | None:
    return None if sys.stdout.isatty() else 200


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Knowledge graphs from Indonesian news.

    Reads articles, finds the actors (people, organisations, countries, places),
    links them to Wikidata, extracts CAMEO-coded events, positions and quotes, and
    writes RDF with character-level provenance.

    \b
    Example:
      kg build seeds/ --out output/
      kg query who-attacked-whom
      kg viz -o output/graph.html
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write kg.trig, kg.ttl ... into [default: output; with --store: none].")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              metavar="DIR", help="Build incrementally into an on-disk Oxigraph store (read it with --graph oxigraph:DIR).")
@click.option("--verbose", "-v", is_flag=True, help="With --store: print one line per article written.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
@click.option("--stamp", is_flag=True, help="Record start/end times in the PROV-O build activity (output no longer byte-identical).")
@click.option("--infer", is_flag=True, help="Add the RDFS/OWL-RL closure (with the ontology) as a separate named graph of kg.trig.")
@click.option("--jobs", "-j", type=click.IntRange(1, None), default=None, metavar="N",
              help="Worker processes for extraction (1: in-process) [default: automatic]. Output is the same for any N.")
def build(inputs: tuple[Path, ...], out: Path | None, store_dir: Path | None, verbose: bool,
          progress: bool | None, stamp: bool, infer: bool, jobs: int | None) -> None:
    """Build the knowledge graph from article files or folders (default: seeds/).

    With --store DIR the graph goes into an on-disk Oxigraph store, one named graph
    per article: a re-run skips unchanged articles (content hash), replaces changed
    ones and adds new ones.

    \b
    Example:
      kg build
      kg build seeds/ more-articles/ --out output/
      kg build --infer      # inferred triples in graph <https://w3id.org/kg-news/graph/inferred>
      kg build seeds/ --store store/ && kg query who-attacked-whom --graph oxigraph:store/
    """
    try:
        from kg.build import build as run_build, build_store
    except ImportError as exc:
        raise KgError(f"kg build is not available: {exc}") from None
    show = sys.stderr.isatty() if progress is None else progress
    if store_dir is not None:
        if stamp or infer:
            raise click.UsageError("--stamp and --infer are not available with --store")
        echo = (lambda status, path: click.echo(f"{status} {path}")) if verbose else None
        res = build_store(list(inputs) or [Path("seeds")], store_dir, show, out=out, on_article=echo, jobs=jobs)
        for file, reason in res.failures:
            click.echo(f"Warning: {file}: {_one_line(reason)}", err=True)
        wrote = f" and {res.out}" if res.out else ""
        click.echo(f"{res.added} added, {res.replaced} replaced, {res.unchanged} unchanged"
                   f"{f', {len(res.failures)} failed' if res.failures else ''}; store has {res.graphs} graphs, "
                   f"{res.quads} quads in {res.seconds:.2f}s -> {res.store}{wrote}")
        if res.failures and not (res.added or res.replaced or res.unchanged):
            raise KgError("no article could be read")
        return
    result = run_build(list(inputs) or [Path("seeds")], out or Path("output"), show, stamp=stamp, infer=infer,
                       jobs=jobs)
    for file, reason in result.failures:
        click.echo(f"Warning: {file}: {_one_line(reason)}", err=True)
    inferred = f" (+{result.inferred} inferred)" if infer else ""
    click.echo(f"{result.articles} articles, {result.entities} entities, {result.events} events, "
               f"{result.quotes} quotes, {result.triples} triples{inferred} in {result.seconds:.2f}s -> {result.out}")
    if result.failures and not result.articles:
        raise KgError("no article could be read")


@cli.command()
@click.argument("article")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              metavar="DIR", help="The on-disk Oxigraph store built with `kg build --store`.")
def remove(article: str, store_dir: Path) -> None:
    """Drop ARTICLE (graph IRI, file name or slug) and its content hash from a store.

    \b
    Example:
      kg remove seeds/nato.txt --store store/
      kg remove https://w3id.org/kg-news/article/nato-1a2b3c4d --store store/
    """
    from kg.build import remove_article
    for graph in remove_article(store_dir, article):
        click.echo(f"removed {graph}")


@cli.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              metavar="DIR", help="On-disk Oxigraph store to serve (default: an empty in-memory one).")
@click.option("--bind", default="127.0.0.1:7878", show_default=True, metavar="HOST:PORT",
              help="Address to listen on (loopback by default).")
def serve(store_dir: Path | None, bind: str) -> None:
    """Serve a store as a SPARQL 1.1 endpoint with the Oxigraph server (until Ctrl-C).

    Query at http://HOST:PORT/query, update at /update, Graph Store Protocol at /store,
    and a web query page at /. Stop `kg build --store` runs on the same DIR first: a
    store is opened by one process at a time.

    \b
    Example:
      kg serve --store store/ --bind 127.0.0.1:7878
    """
    import subprocess
    from kg.store import serve_command
    if store_dir is not None and not store_dir.is_dir():
        raise KgError(f"no store at {store_dir}")
    cmd = serve_command(store_dir, bind)
    click.echo(f"serving {store_dir or 'an in-memory store'} at http://{bind}/ (Ctrl-C stops)", err=True)
    try:
        code = subprocess.call(cmd)
    except KeyboardInterrupt:
        return
    if code:
        raise KgError(f"the Oxigraph server stopped with exit code {code}")


@cli.command()
@click.option("--endpoint", default=None, metavar="URL",
              help="Graph Store HTTP Protocol address: one PUT per graph (Oxigraph: http://HOST:PORT/store).")
@click.option("--update", "update_url", default=None, metavar="URL",
              help="SPARQL Update endpoint: DROP SILENT GRAPH + INSERT DATA per graph (Oxigraph: http://HOST:PORT/update).")
@graph_option
def push(endpoint: str | None, update_url: str | None, graph: str) -> None:
    """Send every named graph of a build to a SPARQL 1.1 server, idempotently.

    Each article graph replaces the server's graph of the same IRI, so pushing twice
    gives the same server contents as pushing once.

    \b
    Example:
      kg push --endpoint http://127.0.0.1:7878/store
      kg push --graph oxigraph:store/ --update http://127.0.0.1:7878/update
    """
    from kg.store import push as run_push
    if not endpoint and not update_url:
        raise click.UsageError("missing --endpoint URL (Graph Store Protocol) or --update URL (SPARQL Update)")
    for name, url in (("--endpoint", endpoint), ("--update", update_url)):
        if url is not None and not url.startswith(("http://", "https://")):
            raise click.BadParameter(f"expected an http(s):// URL, got {url!r}", param_hint=name)
    res = run_push(_store(graph), endpoint=None if update_url else endpoint, update_url=update_url)
    click.echo(f"pushed {res.graphs} graphs, {res.quads} quads in {res.seconds:.2f}s -> {res.target}")


@cli.command()
@click.argument("query_arg", metavar="QUERY", required=False)
@graph_option
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "ttl"]),
              default="table", show_default=True, help="Result format (ttl for CONSTRUCT/DESCRIBE).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (an IRI, prefix:name or literal; entity params also accept a label).")
@click.option("--list", "-l", "list_", is_flag=True, help="List the named queries and exit.")
@click.option("--endpoint", default=None, metavar="URL",
              help="Query this SPARQL query endpoint instead of --graph (Oxigraph: http://HOST:PORT/query).")
def query(query_arg: str | None, graph: str, fmt: str, params: tuple[str, ...], list_: bool,
          endpoint: str | None) -> None:
    """Run SPARQL: a named query, a .rq file or a query string.

    The union of all article graphs is the default graph (a fact stated in two
    articles matches once per article: use SELECT DISTINCT); the kg prefixes
    (kg:, ent:, schema:, nif:, wd: ...) can be used without declaring them.

    \b
    Examples:
      kg query --list
      kg query who-criticized-whom
      kg query articles-mentioning-actor --param actor=ent:russia --format csv
      kg query 'SELECT ?c ?l WHERE { ?c a kg:Country ; rdfs:label ?l }'
      kg query my-query.rq --graph output/kg.trig --format json
      kg query who-attacked-whom --endpoint http://127.0.0.1:7878/query
    """
    from kg import query as q
    if list_:
        for name, title in q.list_queries():
            click.echo(f"{name:28} {title}")
        return
    if not query_arg:
        raise click.UsageError("missing QUERY (a named query, a .rq file or SPARQL; see --list)")
    if endpoint is not None:
        if graph != DEFAULT_GRAPH:
            raise click.UsageError("give either --endpoint or --graph, not both")
        if not endpoint.startswith(("http://", "https://")):
            raise click.BadParameter(f"expected an http(s):// URL, got {endpoint!r}", param_hint="--endpoint")
        graph = endpoint
    bound = dict(_split_param(p) for p in params)
    click.echo(q.query(_store(graph), query_arg, fmt, bound, width=_width()), nl=False)


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"expected NAME=VALUE, got {text!r}", param_hint="--param")
    return name.strip(), value


@cli.command()
@graph_option
@click.option("--format", "-f", "fmt", default="ttl", show_default=True,
              help="ttl, trig, nt, nq, jsonld, xml (RDF) or graphml, gexf (actor network).")
@click.option("--output", "-o", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
def export(graph: str, fmt: str, out: Path | None) -> None:
    """Export the graph as RDF or the actor network as GraphML/GEXF.

    \b
    Examples:
      kg export --format nt -o output/kg.nt
      kg export --format gexf -o output/actors.gexf     # open in Gephi
      kg export --format jsonld --graph output/kg.trig > kg.jsonld
    """
    from kg.export import FORMATS, export as run_export
    if fmt.lower() not in FORMATS:
        raise KgError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    data = run_export(_store(graph), fmt, out)
    if out is None:
        click.echo(data, nl=False)  # bytes go to the binary stream unchanged
    else:
        click.echo(f"wrote {out}", err=True)


@cli.command()
@graph_option
@click.option("--output", "-o", "out", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("output/graph.html"), show_default=True, help="HTML file to write.")
@click.option("--focus", metavar="ACTOR", help="Show only this actor's neighbourhood (label or IRI).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0, 10),
              help="Neighbourhood depth for --focus.")
@click.option("--cameo", metavar="ROOTS", help="Keep only events with these CAMEO roots, e.g. 19,11.")
@click.option("--top", default=150, show_default=True, type=click.IntRange(1, None),
              help="Draw at most this many actors (highest PageRank); the page notes what was left out.")
@click.option("--query", "query_arg", metavar="FILE.rq", help="Draw the result of a CONSTRUCT query (file or named).")
def viz(graph: str, out: Path, focus: str | None, depth: int, cameo: str | None, top: int,
        query_arg: str | None) -> None:
    """Write an interactive HTML view of the actor network (works offline).

    \b
    Examples:
      kg viz -o output/graph.html && xdg-open output/graph.html
      kg viz --focus Stoltenberg --depth 2 -o stoltenberg.html
      kg viz --cameo 19,11 --top 50 -o conflict.html
      kg viz --query kg/queries/actor-graph.rq -o query.html
    """
    from kg.viz import parse_roots, render_html
    roots = parse_roots(cameo)
    click.echo(f"wrote {render_html(_store(graph), out, focus=focus, depth=depth, cameo=roots, top=top, query=query_arg)}")


@cli.command()
@graph_option
@click.option("--shapes", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="SHACL shapes (default: ontology/shapes.ttl, or $KG_ONTOLOGY_DIR/shapes.ttl).")
@click.option("--ontology", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Ontology mixed into the data (default: kg.ttl next to the shapes).")
@click.option("--verbose", "-v", is_flag=True, help="Print pyshacl's full report instead of one line per violation.")
@click.argument("file", required=False, type=click.Path(dir_okay=False, exists=True))
def validate(graph: str, shapes: Path | None, ontology: Path | None, verbose: bool, file: str | None) -> None:
    """Check the graph (FILE, or --graph) against the SHACL shapes (ontology/shapes.ttl).

    Prints one line per violation (focus node, path, message) and a summary count;
    exits non-zero when the graph does not conform.

    \b
    Example:
      kg validate output/kg.trig
      kg validate --graph output/kg.trig
    """
    from kg.query import validate as run_validate
    report = run_validate(_store(file or graph), shapes, ontology)
    if not report.conforms:
        click.echo(report.text if verbose else _readable_report(report.text), nl=False)
        raise KgError(f"graph does not conform to the shapes: {report.violations} violation(s)")
    click.echo("OK: the graph conforms to the shapes")


def _readable_report(text: str) -> str:
    """pyshacl's text report as one line per result: focus node | path | message, and a count."""
    lines, seen = [], set()
    for block in text.split("Constraint Violation")[1:]:
        fields = {}
        for raw in block.splitlines():
            key, sep, value = raw.strip().partition(": ")
            if sep and key in ("Focus Node", "Result Path", "Message", "Source Shape", "Severity"):
                fields.setdefault(key, value.strip())
        shape = fields.get("Source Shape", "-")
        line = (f"{fields.get('Severity', 'sh:Violation')}  focus {fields.get('Focus Node', '?')}  "
                f"path {fields.get('Result Path', '-')}" + ("" if shape.startswith("[") else f"  shape {shape}") + "\n"
                f"    {fields.get('Message', '')}")
        if line not in seen:
            seen.add(line)
            lines.append(line)
    return "\n".join(lines) + f"\n{len(lines)} distinct violation(s)\n"


@cli.command()
@graph_option
@click.option("--top", default=10, show_default=True, help="How many top actors / central actors / pairs to list.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format.")
@click.option("--path", "path", nargs=2, metavar="A B", default=None,
              help="Show how actors A and B are connected (labels or IRIs), with the evidence of each hop.")
def stats(graph: str, top: int, fmt: str, path: tuple[str, str] | None) -> None:
    """Show counts, central actors, communities and conflict/cooperation balance.

    Counts articles, entities by type, events by CAMEO root and quotes; ranks actors by
    PageRank and betweenness; finds communities; and balances cooperation (CAMEO roots
    01-09) against conflict (10-20) per actor pair. With --path, prints the shortest
    path between two actors instead, one hop per line with its relation and evidence.

    \b
    Examples:
      kg stats --graph output/kg.trig --top 20
      kg stats --format json
      kg stats --path Biden Ukraina
    """
    from kg import analytics
    store = _store(graph)
    if path:
        g = analytics.actor_graph(store, details=True)
        a, b = (analytics.resolve_actor(g, name) for name in path)
        hops = analytics.path_hops(g, a, b)
        if fmt == "json":
            import json
            click.echo(json.dumps(hops, ensure_ascii=False, indent=2, sort_keys=True))
        else:
            click.echo(analytics.format_path(hops, g.nodes[a]["label"], g.nodes[b]["label"]), nl=False)
        if not hops:
            raise KgError(f"no path between {g.nodes[a]['label']} and {g.nodes[b]['label']}")
        return
    result = analytics.stats(store, top)
    if fmt == "json":
        click.echo(analytics.stats_json(result), nl=False)
    else:
        click.echo(analytics.format_stats(result, width=_width()), nl=False)


@cli.group(name="eval")
def eval_() -> None:
    """Measure quality on annotated data.

    \b
    Example:
      kg eval ner ../shared/data/ner-id/some-corpus/test.txt
    """


@eval_.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", "model", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="crfsuite model file to score instead of the shipped one "
              "(.xz allowed; same features as kg/extract/tagger.py).")
def ner(file: Path, model: Path | None) -> None:
    """Score mention detection against a CoNLL-style NER test file.

    \b
    Example:
      kg eval ner test.conll
      kg eval ner --model /tmp/experiment.crfsuite test.conll
    """
    try:
        from kg import nereval
    except ImportError as exc:
        raise KgError(f"kg eval ner is not available: {exc}") from None
    click.echo(nereval.format_report(nereval.evaluate(file, model=model)))


def main() -> None:
    """Console entry point (``kg``)."""
    cli.main(prog_name="kg")


if __name__ == "__main__":
    main()
