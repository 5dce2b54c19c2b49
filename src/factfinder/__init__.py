"""factfinder: an evidence workbench for investigations of mass atrocities.

The library is the product; the CLI, the REST API and the web app are thin
layers over :class:`factfinder.workbench.Workbench`.
"""

__version__ = "0.1.0"
