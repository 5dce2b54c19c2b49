"""The web front ends: the REST API (/api/v1) and the HTML pages, in one FastAPI app.

`factfinder serve` runs `create_app(config)` under uvicorn.
"""
