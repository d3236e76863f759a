// glibc's malloc tuning (mallopt), which Swift's Glibc module leaves out: the command line
// sets how much freed memory a batch keeps for the next plan (see main.swift).
#include <malloc.h>
