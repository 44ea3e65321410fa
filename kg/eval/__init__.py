"""Evaluation of kg's extractors against public benchmarks (see :mod:`kg.eval.carb`)."""
